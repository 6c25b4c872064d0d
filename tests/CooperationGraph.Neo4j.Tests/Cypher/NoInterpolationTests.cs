using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// No value is ever concatenated into a store statement: every template of the catalogue is free of the values and
/// field names it was rendered with (they sit in its parameters), and the only names spliced in are the model's labels
/// and types, backtick-quoted.
/// </summary>
public sealed class NoInterpolationTests
{
    private const string Sentinel = "zzSentinel";

    [Fact]
    public void EveryStoreTemplate_KeepsItsValuesInParameters()
    {
        foreach (var entry in StatementCatalogue.Store())
        {
            foreach (var value in Flatten(entry.Parameters.Values).OfType<string>().Where(value => value.Length > 2))
            {
                // Labels and types may be both a parameter (a type filter) and a quoted name; nothing else may appear.
                if (!TestPaths.Model.RelationshipTypes.Any(type => type.Name == value) && !TestPaths.Model.NodeLabels.Any(label => label.Name == value))
                {
                    Assert.False(entry.Statement.Contains(value, StringComparison.Ordinal), $"{entry.Name} spells out the value '{value}': {entry.Statement}");
                }
            }
        }
    }

    [Fact]
    public void QueriesBuiltFromHostileInput_CarryItOnlyAsParameters()
    {
        var hostile = Sentinel + "') DETACH DELETE n //";
        var filter = NodeFilter.All(
            NodeFilter.Eq("name", hostile),
            new ContainsFilter("aliases", hostile),
            new InFilter(Sentinel + "Field", [hostile]),
            new RelatedFilter(hostile, hostile, Direction.Both),
            new ComparisonFilter(Sentinel + "Date", ComparisonOperator.LessThan, new DateOnly(2020, 1, 1)));
        var parameters = new CypherParameters();
        var statement = NodeQueryCypher.Page(NodeQueryCypher.MatchWhere("University", filter, parameters), [new NodeSortField(Sentinel + "Sort")], parameters);
        Assert.DoesNotContain(Sentinel, statement, StringComparison.Ordinal);
        Assert.DoesNotContain("DETACH", statement, StringComparison.Ordinal);
        Assert.Contains(hostile, parameters.Values.Values);
        Assert.Contains(Sentinel + "Sort", parameters.Values.Values);

        var aggregate = new CypherParameters();
        var grouped = AggregateCypher.Build(new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Property, Sentinel + "Group", Filter: filter, SumAmountProperty: Sentinel + "Sum", SumUnit: Sentinel + "Unit"), null, aggregate);
        Assert.DoesNotContain(Sentinel, grouped, StringComparison.Ordinal);
        Assert.Contains(Sentinel + "Unit", aggregate.Values.Values);
    }

    [Fact]
    public void SplicedNames_AreOnlyModelNames_BacktickQuoted()
    {
        var quoted = new System.Text.RegularExpressions.Regex("`([^`]*)`");
        var known = TestPaths.Model.NodeLabels.Select(label => label.Name).Concat(TestPaths.Model.RelationshipTypes.Select(type => type.Name)).Append("Entity").ToHashSet();
        foreach (var entry in StatementCatalogue.Store())
        {
            foreach (System.Text.RegularExpressions.Match match in quoted.Matches(entry.Statement))
            {
                // The shared DDL quotes one index option key; everything the store splices is a model name.
                Assert.True(known.Contains(match.Groups[1].Value) || match.Groups[1].Value == "fulltext.analyzer", $"{entry.Name} splices '{match.Groups[1].Value}'");
            }
        }
    }

    [Theory]
    [InlineData("Entity`) DETACH DELETE (n")]
    [InlineData("")]
    [InlineData("9Lives")]
    public void Quote_RefusesAnythingButAPlainIdentifier(string name)
    {
        Assert.Throws<ArgumentException>(() => CypherNames.Quote(name));
    }

    private static IEnumerable<object?> Flatten(IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> map:
                    foreach (var inner in Flatten(map.Values))
                    {
                        yield return inner;
                    }

                    break;
                case List<object?> list:
                    foreach (var inner in Flatten(list))
                    {
                        yield return inner;
                    }

                    break;
                default:
                    yield return value;
                    break;
            }
        }
    }
}
