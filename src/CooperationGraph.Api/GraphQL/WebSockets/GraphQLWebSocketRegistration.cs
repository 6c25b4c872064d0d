using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.GraphQL.WebSockets;

// In ASP.NET Core's namespace, as its own Use* extensions are, so Program.cs needs no using for it.
namespace Microsoft.AspNetCore.Builder;

internal static class GraphQLWebSocketRegistration
{
    /// <summary>
    /// Lets the GraphQL endpoint accept WebSockets (<c>graphql-transport-ws</c>) unless <c>WebSockets:Enabled</c> is
    /// false; the endpoint itself (<see cref="GraphQLEndpointRegistration.MapGraphQLEndpoint"/>) serves them.
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this WebApplication app) =>
        Configured(app.Configuration).Enabled ? app.UseWebSockets() : app;

    /// <summary>The <c>WebSockets</c> section; a bad one is reported when the host starts, until then the defaults stand.</summary>
    internal static GraphQLWebSocketOptions Configured(IConfiguration configuration) =>
        PipelineOptions.BindOrDefaults<GraphQLWebSocketOptions, GraphQLWebSocketOptionsValidator>(configuration, GraphQLWebSocketOptions.Section);
}
