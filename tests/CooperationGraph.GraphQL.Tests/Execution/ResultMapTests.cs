using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>A result object keeps its values in fields of its own up to four and in an array beyond: every size reads back alike.</summary>
public sealed class ResultMapTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void Every_size_keeps_each_value_under_its_key_in_order(int size)
    {
        var keys = Enumerable.Range(0, size).Select(i => $"k{i}").ToArray();
        var map = ResultMap.Create(keys);
        // Set out of order, as concurrently completing fields do.
        for (var i = size - 1; i >= 0; i--)
        {
            map.SetAt(i, i * 10);
        }

        Assert.Equal(size, map.Count);
        Assert.Equal(keys, map.Keys);
        Assert.Equal(keys.Select((_, i) => (object?)(i * 10)), map.Values);
        Assert.Equal(keys.Select((key, i) => new KeyValuePair<string, object?>(key, i * 10)), map);
        for (var i = 0; i < size; i++)
        {
            Assert.Equal(keys[i], map.KeyAt(i));
            Assert.Equal(i * 10, map.ValueAt(i));
            Assert.True(map.TryGetValue(keys[i], out var value));
            Assert.Equal(i * 10, value);
            Assert.Equal(i * 10, map[keys[i]]);
        }

        Assert.False(map.ContainsKey("absent"));
        Assert.Throws<KeyNotFoundException>(() => map["absent"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ValueAt(size));
    }

    [Fact]
    public void Values_not_yet_set_are_null()
    {
        var map = ResultMap.Create(["a", "b", "c"]);
        map.SetAt(1, "b");

        Assert.Equal([null, "b", null], map.Values);
    }
}
