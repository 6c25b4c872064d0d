namespace CooperationGraph.Api.Http;

internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    // Asynchronous so that the ambient id ends with it: an async method gives its caller back the execution context
    // it had (no second change of the context to undo it, as a log scope's disposal makes).
    public async Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Choose(context.Request.Headers[CorrelationId.HeaderName]);
        context.TraceIdentifier = id;
        // Set now rather than from an OnStarting callback (which costs Kestrel a round of callbacks per response):
        // whatever clears the response to write an error writes it through ErrorResponseWriter, which sets it again.
        context.Response.Headers[CorrelationId.HeaderName] = id;
        CorrelationId.Current = id;
        try
        {
            await next(context);
        }
        catch when (!context.Response.HasStarted)
        {
            // Past every handler: the server answers 500 itself, with the headers cleared, and still calls this.
            context.Response.OnStarting(static state =>
            {
                var started = (HttpContext)state;
                started.Response.Headers[CorrelationId.HeaderName] = CorrelationId.Of(started);
                return Task.CompletedTask;
            }, context);
            throw;
        }
    }
}
