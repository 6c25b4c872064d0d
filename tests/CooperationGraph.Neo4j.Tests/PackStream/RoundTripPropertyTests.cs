using CooperationGraph.Neo4j.PackStream;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Property: decode(encode(v)) equals v for random nested values, under both dialects.</summary>
public sealed class RoundTripPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomValues_RoundTrip(int seed)
    {
        var generator = new RandomValues(seed);
        foreach (var dialect in new[] { PackStreamDialect.Bolt5, PackStreamDialect.Legacy })
        {
            for (var i = 0; i < 250; i++)
            {
                var value = generator.Next();
                var decoded = Pack.Unpack(Pack.Hex(value, dialect), dialect);
                var expected = dialect.ElementIds ? value : WithoutElementIds(value);
                Assert.True(ValueMatcher.Matches(expected, decoded),
                    $"seed {seed}, value {i} ({dialect}): {ValueMatcher.Render(value)} came back as {ValueMatcher.Render(decoded)}");
            }
        }
    }

    [Fact]
    public void Matcher_DetectsDifferences()
    {
        // Guards the property above: a matcher that accepted everything would make it vacuous.
        Assert.False(ValueMatcher.Matches(new List<object?> { 1L }, new List<object?> { 2L }));
        Assert.False(ValueMatcher.Matches(new Dictionary<string, object?> { ["a"] = 1L }, new Dictionary<string, object?> { ["b"] = 1L }));
        Assert.False(ValueMatcher.Matches(1L, 1.0));
        Assert.False(ValueMatcher.Matches(new Neo4jNode(1, [], new Dictionary<string, object?>(), "a"), new Neo4jNode(1, [], new Dictionary<string, object?>(), "b")));
    }

    /// <summary>Bolt 4.4 has no element ids: they come back as the numeric id in text.</summary>
    private static object? WithoutElementIds(object? value) => value switch
    {
        Neo4jNode node => node with { ElementId = node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Neo4jRelationship rel => rel with
        {
            ElementId = rel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StartNodeElementId = rel.StartNodeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EndNodeElementId = rel.EndNodeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        List<object?> list => list.Select(WithoutElementIds).ToList(),
        Dictionary<string, object?> map => map.ToDictionary(pair => pair.Key, pair => WithoutElementIds(pair.Value), StringComparer.Ordinal),
        _ => value,
    };
}
