using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>
/// Routes that exist only in a test host. They are appended after the application's own pipeline, so every
/// piece of it (correlation, logging, error handling, limits) wraps them exactly as it wraps real endpoints.
/// </summary>
public sealed class TestRoutes : IStartupFilter
{
    private readonly Dictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    public TestRoutes Map(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        foreach (var (path, handler) in _routes)
        {
            app.Map(path, branch => branch.Run(handler));
        }
    };
}
