namespace CooperationGraph.Api.GraphiQL;

internal static class BrowserLandingRegistration
{
    /// <summary>
    /// The site root sends a browser to GraphiQL at the GraphQL path (a dashboard will take the root over), rather than
    /// answering 404 to someone who typed only the host name.
    /// </summary>
    public static IEndpointConventionBuilder MapBrowserLandingPages(this WebApplication app, string graphQLPath = GraphiQLRegistration.DefaultGraphQLPath) =>
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => Results.Redirect(graphQLPath));
}
