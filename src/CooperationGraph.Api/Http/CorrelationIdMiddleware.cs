namespace CooperationGraph.Api.Http;

internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    // Asynchronous so that the ambient id ends with it: an async method gives its caller back the execution context
    // it had (no second change of the context to undo it, as a log scope's disposal makes).
    public async Task InvokeAsync(HttpContext context)
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
        CorrelationId.Current = id;
        await next(context);
    }
}
