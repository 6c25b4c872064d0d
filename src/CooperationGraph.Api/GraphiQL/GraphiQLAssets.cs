using Microsoft.Extensions.FileProviders;

namespace CooperationGraph.Api.GraphiQL;

/// <summary>The GraphiQL page and bundle, embedded in this assembly by <c>GraphiQL.targets</c>.</summary>
internal static class GraphiQLAssets
{
    /// <summary>Where the bundle is served; the page refers to it relatively, as <c>graphiql/…</c>.</summary>
    public const string RequestPath = "/graphiql";

    public const string PageFile = "index.html";

    public const string ScriptFile = "graphiql.js";

    public const string StylesheetFile = "graphiql.css";

    private const string ResourcePrefix = "CooperationGraph.Api.GraphiQL";

    public static IFileProvider CreateFileProvider() =>
        new EmbeddedFileProvider(typeof(GraphiQLAssets).Assembly, ResourcePrefix);
}
