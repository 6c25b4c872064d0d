namespace CooperationGraph.Api.Http;

internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Choose(context.Request.Headers[CorrelationId.HeaderName]);
        context.TraceIdentifier = id;
        context.Response.OnStarting(static state =>
        {
            var (response, correlationId) = ((HttpResponse, string))state;
            response.Headers[CorrelationId.HeaderName] = correlationId;
            return Task.CompletedTask;
        }, (context.Response, id));
        return next(context);
    }
}
