namespace CooperationGraph.Api.Http;

internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Choose(context.Request.Headers[CorrelationId.HeaderName]);
        context.TraceIdentifier = id;
        // The context is the callback's state, read when the response starts: no closure or boxed pair per request.
        context.Response.OnStarting(static state =>
        {
            var started = (HttpContext)state;
            started.Response.Headers[CorrelationId.HeaderName] = CorrelationId.Of(started);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
