using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>The comparison must notice each kind of disagreement, or a passing suite proves nothing.</summary>
public sealed class ResponseComparisonTests
{
    private const string Reference = """{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":{"a":[{"b":null,"c":1}]}}""";

    [Fact]
    public void Identical_responses_agree() => Assert.Empty(Compare(Reference, Reference));

    [Fact]
    public void Numbers_compare_by_value() =>
        Assert.Empty(Compare("""{"data":{"x":1e21,"y":2.50}}""", """{"data":{"x":1E+21,"y":2.5}}"""));

    [Fact]
    public void Extensions_are_not_compared() =>
        Assert.Empty(Compare("""{"data":{"x":1},"extensions":{"cost":3}}""", """{"data":{"x":1}}"""));

    [Theory]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":{"a":[{"c":1,"b":null}]}}""", ResponseAspect.Data)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":{"a":[{"b":null,"c":"1"}]}}""", ResponseAspect.Data)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":{"a":[]}}""", ResponseAspect.Data)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":null}""", ResponseAspect.Data)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}]}""", ResponseAspect.DataPresence)]
    [InlineData("""{"data":{"a":[{"b":null,"c":1}]}}""", ResponseAspect.ErrorPresence)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a","0","b"]}],"data":{"a":[{"b":null,"c":1}]}}""", ResponseAspect.ErrorPaths)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}]}],"data":{"a":[{"b":null,"c":1}]}}""", ResponseAspect.ErrorPaths)]
    [InlineData("""{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]}],"data":{"a":[{"b":null,"c":1}]}}""", ResponseAspect.ErrorMessages)]
    [InlineData("""{"errors":[{"message":"Boom","locations":[{"line":1,"column":4}],"path":["a",0,"b"]}],"data":{"a":[{"b":null,"c":1}]}}""", ResponseAspect.ErrorLocations)]
    public void Each_kind_of_disagreement_is_found(string ours, ResponseAspect expected)
    {
        var differences = Compare(ours, Reference);
        Assert.Contains(differences, difference => difference.Aspect == expected);
    }

    [Fact]
    public void A_second_error_is_a_disagreement_on_paths_and_messages()
    {
        const string twoErrors = """{"errors":[{"message":"Boom","locations":[{"line":1,"column":3}],"path":["a",0,"b"]},{"message":"More"}],"data":{"a":[{"b":null,"c":1}]}}""";
        var aspects = Compare(twoErrors, Reference).Select(difference => difference.Aspect).ToList();
        Assert.Equal([ResponseAspect.ErrorPaths, ResponseAspect.ErrorMessages, ResponseAspect.ErrorLocations], aspects);
    }

    [Fact]
    public void The_first_data_difference_is_located()
    {
        var difference = Assert.Single(Compare("""{"data":{"a":[{"b":2}]}}""", """{"data":{"a":[{"b":3}]}}"""));
        Assert.Equal("data.a[0].b: 2 vs 3", difference.Detail);
    }

    private static IReadOnlyList<ResponseDifference> Compare(string ours, string reference) =>
        ResponseComparison.Compare((JsonObject)JsonNode.Parse(ours)!, (JsonObject)JsonNode.Parse(reference)!);
}
