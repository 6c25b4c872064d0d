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
    /// <see cref="MaskedExceptionHandler"/>, and bodiless error statuses (404, 405, 504…) through
    /// <see cref="BodilessStatusMiddleware"/>.
    /// </summary>
    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        return app.UseMiddleware<BodilessStatusMiddleware>();
    }
}
