using System.Text;
using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Tests.Language;

namespace CooperationGraph.GraphQL.Tests.Error;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void Nodes_GiveLocationsAndSource()
    {
        var document = TestDocuments.Parse("{\n  a\n  b }");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var error = new GraphQLError("Boom.", [fields[0], fields[1]]);
        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3)], error.Locations);
        Assert.Same(document.Location!.Source, error.DocumentSource);
        Assert.Equal(2, error.Nodes!.Count);
    }

    [Fact]
    public void NodesWithoutLocations_GiveNoLocations()
    {
        var error = new GraphQLError("Boom.", [new NameNode { Value = "x" }]);
        Assert.Null(error.Locations);
    }

    [Fact]
    public void Positions_AreConvertedToLinesAndColumns()
    {
        var source = new Source("ab\r\ncd\re\nf", "letters.graphql");
        var error = new GraphQLError("Boom.", source: source, positions: [0, 5, 7, 9]);
        Assert.Equal(
            [new SourceLocation(1, 1), new SourceLocation(2, 2), new SourceLocation(3, 1), new SourceLocation(4, 1)],
            error.Locations);
        Assert.Equal("Boom.\n\nletters.graphql:1:1\n\nletters.graphql:2:2\n\nletters.graphql:3:1\n\nletters.graphql:4:1", error.ToString());
    }

    [Fact]
    public void Serialization_FollowsTheResponseFormat()
    {
        var source = new Source("{ a }");
        var error = new GraphQLError(
                "Failed.",
                source: source,
                positions: [2],
                originalError: new InvalidOperationException("inner"),
                extensions: new Dictionary<string, object?> { ["code"] = "E1" })
            .WithPath(["a", 0, "b"]);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            error.WriteTo(writer);
        }

        Assert.Equal(
            "{\"message\":\"Failed.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"a\",0,\"b\"],\"extensions\":{\"code\":\"E1\"}}",
            Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal("inner", error.InnerException!.Message);
        Assert.Equal(JsonSerializer.Serialize(error.ToSerializable()), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void MinimalError_SerializesOnlyItsMessage()
    {
        var error = new GraphQLError("Just a message.");
        Assert.Equal(["message"], error.ToSerializable().Keys);
        Assert.Equal("Just a message.", error.ToString());
    }

    [Fact]
    public void SyntaxErrors_ArePrefixedAndLocated()
    {
        var error = GraphQLSyntaxError.Create(new Source("abc\ndef"), 5, "Unexpected thing.");
        Assert.Equal("Syntax Error: Unexpected thing.", error.Message);
        Assert.Equal([new SourceLocation(2, 2)], error.Locations);
    }
}
