using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// NodeFilter → Cypher WHERE without a server: every operand, field name and type becomes a parameter, the boolean
/// structure is kept, and bad filters are structured errors.
/// </summary>
public sealed class NodeFilterCypherTests
{
    private static (string Predicate, IReadOnlyDictionary<string, object?> Parameters) Translate(NodeFilter filter)
    {
        var parameters = new CypherParameters();
        return (NodeFilterCypher.Translate(filter, "n", parameters), parameters.Values);
    }

    [Fact]
    public void Comparison_OnABuiltInField_ReadsThePropertyAndParameterisesTheValue()
    {
        var (predicate, parameters) = Translate(NodeFilter.Eq("name", "广西大学' OR 1=1 //"));
        Assert.Contains("[n.name]", predicate, StringComparison.Ordinal);
        Assert.Contains("e = $p0", predicate, StringComparison.Ordinal);
        Assert.Equal("广西大学' OR 1=1 //", parameters["p0"]);
        Assert.DoesNotContain("OR 1=1", predicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_OnAProperty_PassesTheFieldNameAsAParameter()
    {
        var (predicate, parameters) = Translate(new ComparisonFilter("launched", ComparisonOperator.GreaterThanOrEqual, new DateOnly(2021, 1, 1)));
        Assert.DoesNotContain("launched", predicate, StringComparison.Ordinal);
        Assert.Equal(["launched", "launchedStart", "launchedValue", "2021-01-01"], parameters.Values);
        Assert.Contains("n[$p1]", predicate, StringComparison.Ordinal);
        Assert.Contains("n[$p2]", predicate, StringComparison.Ordinal);
        Assert.Contains("e >= $p3", predicate, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComparisonOperator.Equal, "=")]
    [InlineData(ComparisonOperator.GreaterThan, ">")]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, ">=")]
    [InlineData(ComparisonOperator.LessThan, "<")]
    [InlineData(ComparisonOperator.LessThanOrEqual, "<=")]
    public void EveryOperator_HasItsCypherSymbol(ComparisonOperator comparison, string symbol)
    {
        Assert.Contains($"e {symbol} $p0", Translate(new ComparisonFilter("id", comparison, "x")).Predicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Operands_AreNormalisedToStoredTypes()
    {
        Assert.Equal(40_000_000.0, Translate(new ComparisonFilter("id", ComparisonOperator.LessThan, 40_000_000m)).Parameters["p0"]);
        Assert.Equal(120L, Translate(new ComparisonFilter("id", ComparisonOperator.Equal, 120)).Parameters["p0"]);
        Assert.Equal(new List<object?> { "a", 2L, "2020-05-01" }, Translate(new InFilter("id", ["a", 2, new DateOnly(2020, 5, 1)])).Parameters["p0"]);
    }

    [Fact]
    public void BooleanStructure_IsKept_WithEmptyAndTrue_AndEmptyOrFalse()
    {
        var (predicate, _) = Translate(NodeFilter.All(
            NodeFilter.Eq("id", "a"),
            new NotFilter(NodeFilter.Any(NodeFilter.Eq("id", "b"), NodeFilter.Eq("id", "c"))),
            NodeFilter.All(),
            NodeFilter.Any()));
        Assert.StartsWith("(", predicate, StringComparison.Ordinal);
        Assert.Contains(" AND (NOT (", predicate, StringComparison.Ordinal);
        Assert.Contains(" OR ", predicate, StringComparison.Ordinal);
        Assert.EndsWith(" AND true AND false)", predicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_AreTwoValued_AndMatchAnyListElement()
    {
        var (predicate, _) = Translate(new ContainsFilter("aliases", "港大"));
        Assert.StartsWith("coalesce(any(v IN [", predicate, StringComparison.Ordinal);
        Assert.Contains("CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END", predicate, StringComparison.Ordinal);
        Assert.Contains("e IS :: STRING AND toLower(e) CONTAINS toLower($p3)", predicate, StringComparison.Ordinal);
        Assert.EndsWith(", false)", predicate, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Direction.Outgoing, "(n)-[link_0]->(other_1)")]
    [InlineData(Direction.Incoming, "(n)<-[link_0]-(other_1)")]
    [InlineData(Direction.Both, "(n)-[link_0]-(other_1)")]
    public void Related_IsAnExistsSubquery_WithTypeAndOtherEndAsParameters(Direction direction, string pattern)
    {
        var (predicate, parameters) = Translate(new RelatedFilter("LOCATED_IN", "region:guangxi", direction));
        Assert.Equal($"EXISTS {{ MATCH {pattern} WHERE type(link_0) = $p0 AND other_1.id = $p1 }}", predicate);
        Assert.Equal(["LOCATED_IN", "region:guangxi"], parameters.Values);
    }

    [Fact]
    public void NestedRelated_UsesFreshVariables()
    {
        var (predicate, _) = Translate(NodeFilter.All(new RelatedFilter(null, null), new RelatedFilter(null, null)));
        Assert.Contains("link_0", predicate, StringComparison.Ordinal);
        Assert.Contains("link_2", predicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_TestsTheOtherEndAndStatusInsideTheSubquery_WithParametersOnly()
    {
        var (predicate, parameters) = Translate(new RelatedFilter("CO_BUILDS", null, Direction.Incoming)
        {
            Types = ["CO_BUILDS", "FUNDS"],
            Statuses = [RelationshipStatus.Ongoing],
            Other = NodeFilter.Eq("name", "华为公司' OR 1=1 //"),
        });
        Assert.Equal(
            "EXISTS { MATCH (n)<-[link_0]-(other_1) WHERE type(link_0) = $p0 AND type(link_0) IN $p1 AND link_0.status IN $p2 AND " +
            "coalesce(any(v IN [other_1.name] WHERE any(e IN (CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END) WHERE e = $p3)), false) }",
            predicate);
        Assert.Equal(new List<object?> { "CO_BUILDS", "FUNDS" }, parameters["p1"]);
        Assert.Equal(new List<object?> { "Ongoing" }, parameters["p2"]);
        Assert.Equal("华为公司' OR 1=1 //", parameters["p3"]);
    }

    [Fact]
    public void Related_None_NegatesTheSubquery_AndAll_AsksForNoRelationshipInScopeThatFailsToMatch()
    {
        var none = Translate(new RelatedFilter("CO_BUILDS", "org:gxu") { Quantifier = RelatedQuantifier.None }).Predicate;
        var all = Translate(new RelatedFilter("CO_BUILDS", "org:gxu") { Quantifier = RelatedQuantifier.All }).Predicate;
        var allWithoutTests = Translate(new RelatedFilter("CO_BUILDS", null) { Quantifier = RelatedQuantifier.All }).Predicate;

        Assert.Equal("(NOT EXISTS { MATCH (n)-[link_0]->(other_1) WHERE type(link_0) = $p0 AND other_1.id = $p1 })", none);
        Assert.Equal("(NOT EXISTS { MATCH (n)-[link_0]->(other_1) WHERE type(link_0) = $p0 AND NOT coalesce(other_1.id = $p1, false) })", all);
        Assert.Equal("(NOT EXISTS { MATCH (n)-[link_0]->(other_1) WHERE type(link_0) = $p0 AND NOT coalesce(true, false) })", allWithoutTests);
    }

    [Theory]
    [InlineData("name) DETACH DELETE (n")]
    [InlineData("1abc")]
    [InlineData("")]
    public void UnsafeFieldNames_AreRefused(string field)
    {
        var error = Assert.Throws<GraphStoreException>(() => Translate(NodeFilter.Eq(field, "x")));
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public void BadOperands_AndEmptySubstrings_AndDeepNesting_AreRefused()
    {
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, Assert.Throws<GraphStoreException>(() => Translate(NodeFilter.Eq("id", new Uri("https://x.org")))).Code);
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, Assert.Throws<GraphStoreException>(() => Translate(new ContainsFilter("name", ""))).Code);
        NodeFilter deep = NodeFilter.Eq("id", "x");
        for (var level = 0; level < 40; level++)
        {
            deep = new NotFilter(deep);
        }

        Assert.Equal(GraphStoreErrorCode.InvalidArgument, Assert.Throws<GraphStoreException>(() => Translate(deep)).Code);
    }
}
