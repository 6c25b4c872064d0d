namespace CooperationGraph.Api.GraphQL;

/// <summary>The media types of GraphQL over HTTP and of the graphql-sse protocol.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    public const string EventStream = "text/event-stream";

    public const string Utf8 = "utf-8";
}
