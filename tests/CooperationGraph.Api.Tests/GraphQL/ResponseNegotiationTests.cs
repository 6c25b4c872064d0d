using CooperationGraph.Api.GraphQL;
using Microsoft.Extensions.Primitives;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class ResponseNegotiationTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=UTF-8", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/json, application/graphql-response+json", "Json")]
    [InlineData("text/event-stream", "EventStream")]
    [InlineData("text/event-stream;q=0.5, application/json", "Json")]
    [InlineData("image/png, text/event-stream", "EventStream")]
    [InlineData("text/html", "NotAcceptable")]
    [InlineData("application/json; charset=utf-16", "NotAcceptable")]
    [InlineData("application/json;q=0", "NotAcceptable")]
    [InlineData(";;;", "NotAcceptable")]
    // RFC 9110, 12.5.1: the most specific entry decides a type's quality, wherever it stands in the list.
    [InlineData("*/*, application/json;q=0", "GraphQLResponseJson")]
    [InlineData("application/json;q=0, */*", "GraphQLResponseJson")]
    [InlineData("application/*;q=0.5, application/graphql-response+json;q=0", "Json")]
    [InlineData("*/*;q=0.1, application/graphql-response+json;q=0.5", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.5, */*", "Json")]
    [InlineData("*/*;q=0", "NotAcceptable")]
    [InlineData("*/*, application/json;q=0, application/graphql-response+json;q=0", "NotAcceptable")]
    [InlineData("text/*", "NotAcceptable")]
    [InlineData("application/json; charset=\"utf-8\"", "Json")]
    [InlineData("application/json; charset=latin1, */*;q=0.1", "Json")]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json,application/json;q=0.9", "GraphQLResponseJson")]
    public void The_best_acceptable_format_wins(string? accept, string expected) =>
        Assert.Equal(Enum.Parse<ResponseFormat>(expected), ResponseNegotiation.Select(accept is null ? StringValues.Empty : new StringValues(accept)));
}
