using Microsoft.AspNetCore.StaticFiles;

namespace CooperationGraph.Api.GraphiQL;

internal static class GraphiQLRegistration
{
    public const string DefaultGraphQLPath = "/graphql";

    /// <summary>The GraphiQL page at <paramref name="graphQLPath"/> for browsers, and its bundle under <c>/graphiql</c>.</summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, string graphQLPath = DefaultGraphQLPath)
    {
        var assets = GraphiQLAssets.CreateFileProvider();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            RequestPath = GraphiQLAssets.RequestPath,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = static context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseMiddleware<GraphiQLPageMiddleware>(new PathString(graphQLPath), assets);
        return app;
    }
}
