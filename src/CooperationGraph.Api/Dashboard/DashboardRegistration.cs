using CooperationGraph.Api.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CooperationGraph.Api.Dashboard;

/// <summary>
/// The cooperation dashboard: its page at the site root and its bundle under <c>/dashboard</c>, both embedded in
/// this assembly by <c>Dashboard.targets</c>. The page reads everything through the public GraphQL endpoint.
/// </summary>
internal static class DashboardRegistration
{
    /// <summary>Where the bundle is served; the page refers to it relatively, as <c>dashboard/…</c>.</summary>
    public const string AssetPath = "/dashboard";

    private const string PageFile = "index.html";

    // Scripts and styles come from this origin only. The page may be pointed at another GraphQL endpoint
    // (`?endpoint=`), so connections may go to any http(s) origin; that server's CORS policy decides.
    // Cytoscape and ECharts set inline styles on the elements they draw.
    private const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self' http: https:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'";

    public static IApplicationBuilder UseDashboard(this WebApplication app)
    {
        var assets = new EmbeddedFileProvider(typeof(DashboardRegistration).Assembly, "CooperationGraph.Api.Dashboard");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            RequestPath = AssetPath,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = static context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => ServePageAsync(context, assets));
        return app;
    }

    private static Task ServePageAsync(HttpContext context, IFileProvider assets) =>
        EmbeddedHtmlPage.WriteAsync(context, assets.GetFileInfo(PageFile), ContentSecurityPolicy, "dashboard");
}
