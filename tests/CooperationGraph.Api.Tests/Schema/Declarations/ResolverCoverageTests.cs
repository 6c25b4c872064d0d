using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Tests.Schema.Declarations;

/// <summary>The start-up check: every schema field has a resolver, every resolver a field.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ResolverCoverageTests(SeededGraph graph)
{
    private const string Sdl = """
        type Query { board: Board }
        type Board { title: String, cards: [String!]! }
        interface Named { name: String }
        type Subscription { moved: String }
        """;

    [Fact]
    public void The_cooperation_schema_has_a_resolver_for_every_field()
    {
        Assert.Empty(ResolverCoverage.Unresolved(graph.Engine.Schema));
        Assert.Empty(ResolverCoverage.Unresolved(CooperationSchemaFactory.Create(graph.Model)));
    }

    [Fact]
    public void A_field_without_a_resolver_is_named_and_refused()
    {
        var bindings = new SchemaBindings()
            .Resolve("Query", "board", _ => new object())
            .Resolve("Board", "title", _ => "t");
        var schema = BuildSchema.FromSdl(Sdl, bindings);

        // Interfaces are answered by their object types; the subscription root needs a source stream, not a resolver.
        Assert.Equal(["Board.cards", "Subscription.moved"], ResolverCoverage.Unresolved(schema));
        var refused = Assert.Throws<InvalidOperationException>(() => ResolverCoverage.Require(schema));
        Assert.Contains("Board.cards", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolver_that_binds_no_field_is_refused_when_the_schema_is_built()
    {
        var bindings = new SchemaBindings().Resolve("Board", "colour", _ => "red");
        var refused = Assert.Throws<InvalidOperationException>(() => BuildSchema.FromSdl(Sdl, bindings));
        Assert.Contains("Board.colour", refused.Message, StringComparison.Ordinal);
    }
}
