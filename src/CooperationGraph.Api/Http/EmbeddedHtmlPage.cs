using Microsoft.Extensions.FileProviders;

namespace CooperationGraph.Api.Http;

/// <summary>
/// Writes a page bundled into the assembly at build time (the dashboard, GraphiQL): never cached without asking, never
/// sniffed, framed by no one, with the page's own content security policy; a HEAD gets the headers only.
/// </summary>
internal static class EmbeddedHtmlPage
{
    public static async Task WriteAsync(HttpContext context, IFileInfo page, string contentSecurityPolicy, string buildStep)
    {
        if (!page.Exists)
        {
            // A build that skipped the npm bundling step: a deployment fault, not a request's.
            throw new InvalidOperationException($"The {buildStep} page is missing from the assembly: the {buildStep} build step did not run.");
        }

        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Length;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(response.Body, context.RequestAborted);
    }
}
