namespace CooperationGraph.Api.Errors;

internal static class ErrorHandlingRegistration
{
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        services.AddExceptionHandler<MaskedExceptionHandler>();
        // The handler above writes every body; ProblemDetails is registered only because the middleware wants it.
        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Every failure leaves as the structured JSON error: unhandled exceptions through
    /// <see cref="MaskedExceptionHandler"/>, and bodiless error statuses (404, 405, 504…) through status code pages.
    /// </summary>
    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(static context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            var (code, message) = ApiErrorCode.ForStatus(status);
            return ErrorResponseWriter.WriteAsync(context.HttpContext, status, code, message);
        });
        return app;
    }
}
