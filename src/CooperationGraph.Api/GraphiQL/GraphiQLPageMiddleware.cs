using CooperationGraph.Api.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphiQL;

/// <summary>
/// Serves the GraphiQL page for a GET of the GraphQL path from a browser (one that accepts <c>text/html</c>);
/// every other request to that path passes on to the GraphQL endpoint, so the two share one URL.
/// </summary>
internal sealed class GraphiQLPageMiddleware(RequestDelegate next, PathString graphQLPath, IFileProvider assets)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(graphQLPath, StringComparison.OrdinalIgnoreCase, out var rest)
            || (rest.HasValue && rest.Value != "/")
            || !AcceptsHtml(request))
        {
            await next(context);
            return;
        }
        if (rest.HasValue)
        {
            // The page's assets are relative to the GraphQL path: from "/graphql/" they would resolve one level down.
            context.Response.Redirect(graphQLPath.Add(request.QueryString).ToString());
            return;
        }
        // The GraphQL endpoint answers the same URL for other Accept values: a cache must key on Accept.
        context.Response.Headers.Append("Vary", "Accept");
        // Everything the page loads comes from this origin; GraphiQL's editor needs inline styles.
        await EmbeddedHtmlPage.WriteAsync(
            context,
            assets.GetFileInfo(GraphiQLAssets.PageFile),
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'",
            "GraphiQL");
    }

    // Browsers list text/html first; GraphQL clients ask for application/graphql-response+json or JSON.
    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.Any(static media => media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && (media.Quality ?? 1) > 0);
}
