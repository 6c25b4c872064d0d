using CooperationGraph.Api.Tests.Infrastructure;
using Serilog.Events;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>What the endpoint records for the request log line: the operation's name and the error count.</summary>
public sealed class GraphQLRequestLogTests : IDisposable
{
    private readonly ApiHostFactory _factory = TransportTestSchema.Host();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_operation_name_comes_from_the_document_when_the_request_names_none()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("query Greeting { hello failing }", ResponseJson));

        var logged = await LogLineOf(response);
        Assert.Equal("Greeting", Scalar(logged, "GraphQLOperationName"));
        Assert.Equal(1, Scalar(logged, "GraphQLErrorCount"));
    }

    [Fact]
    public async Task The_requested_operation_name_is_logged()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("query A { hello } query B { hello }", ResponseJson, operationName: "B"));

        var logged = await LogLineOf(response);
        Assert.Equal("B", Scalar(logged, "GraphQLOperationName"));
        Assert.Equal(0, Scalar(logged, "GraphQLErrorCount"));
    }

    [Fact]
    public async Task A_validation_failure_logs_every_error()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ one two three }", ResponseJson));

        var logged = await LogLineOf(response);
        Assert.Equal(3, Scalar(logged, "GraphQLErrorCount"));
        Assert.Null(Scalar(logged, "GraphQLOperationName"));
    }

    [Fact]
    public async Task A_refused_request_is_still_a_graphql_line_with_one_error()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(Post("{ \"not a JSON", ResponseJson));

        var logged = await LogLineOf(response);
        Assert.Equal(1, Scalar(logged, "GraphQLErrorCount"));
        Assert.Equal(400, Scalar(logged, "StatusCode"));
    }

    private Task<LogEvent> LogLineOf(System.Net.Http.HttpResponseMessage response)
    {
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        return _factory.Logs.WaitForAsync(e => e.Properties.ContainsKey("GraphQLErrorCount")
            && e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == $"\"{correlationId}\"");
    }

    private static object? Scalar(LogEvent logEvent, string property) => ((ScalarValue)logEvent.Properties[property]).Value;
}
