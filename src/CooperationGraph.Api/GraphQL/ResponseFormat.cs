namespace CooperationGraph.Api.GraphQL;

/// <summary>The representation the client asked for in <c>Accept</c>.</summary>
internal enum ResponseFormat
{
    /// <summary>Nothing the endpoint produces is acceptable: 406.</summary>
    NotAcceptable,

    /// <summary><c>application/graphql-response+json</c>: request errors are 4xx.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, the legacy format: every GraphQL response is 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: the graphql-sse protocol, distinct connections mode.</summary>
    EventStream,
}
