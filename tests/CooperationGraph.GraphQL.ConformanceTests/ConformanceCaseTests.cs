using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>The request line is the one protocol both sides read; it must carry every part of a case unchanged.</summary>
public sealed class ConformanceCaseTests
{
    [Fact]
    public void Request_line_carries_query_variables_and_operation_name()
    {
        var variables = new JsonObject { ["v"] = new JsonArray(1, null, "x") };
        var line = new ConformanceCase("g/n", "query Q($v: [Int]) { echo(ints: $v) }", variables, "Q").ToRequestLine();

        var parsed = JsonNode.Parse(line)!.AsObject();
        Assert.Equal("query Q($v: [Int]) { echo(ints: $v) }", parsed["query"]!.GetValue<string>());
        Assert.Equal("""{"v":[1,null,"x"]}""", parsed["variables"]!.ToJsonString());
        Assert.Equal("Q", parsed["operationName"]!.GetValue<string>());
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Absent_variables_and_operation_name_are_null()
    {
        var parsed = JsonNode.Parse(new ConformanceCase("g/n", "{ a\n b }", null, null).ToRequestLine())!.AsObject();
        Assert.Null(parsed["variables"]);
        Assert.Null(parsed["operationName"]);
        Assert.Equal("{ a\n b }", parsed["query"]!.GetValue<string>());
    }
}
