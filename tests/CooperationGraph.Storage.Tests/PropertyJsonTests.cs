using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage.Tests;

public sealed class PropertyJsonTests
{
    [Fact]
    public void EveryValueType_RoundTrips_WithItsType()
    {
        var properties = new Dictionary<string, object>
        {
            ["text"] = "广西 \"quoted\"",
            ["long"] = long.MaxValue,
            ["integralDouble"] = 3.0,
            ["double"] = -1.25e-8,
            ["hugeDouble"] = 1e300,
            ["flag"] = false,
            ["date"] = new StatedDate("“十三五”期间", "2016", DatePrecision.Year, "2020"),
            ["amount"] = new StatedAmount("224.5亿元", 22_450_000_000.00m, "CNY"),
            ["ratio"] = new StatedAmount("30%", 0.3m, null, "ratio"),
            ["list"] = new[] { "a", "b" },
        };

        var decoded = PropertyJson.Decode(PropertyJson.Encode(properties, "org:x"));

        Assert.Equal(properties.Keys.Order(), decoded.Keys.Order());
        foreach (var (key, value) in properties.Where(pair => pair.Key != "list"))
        {
            Assert.IsType(value.GetType(), decoded[key]);
            Assert.Equal(value, decoded[key]);
        }

        Assert.Equal(["a", "b"], Assert.IsType<string[]>(decoded["list"]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonFiniteDoubles_AreRefused(double value)
    {
        var exception = Assert.Throws<GraphStoreException>(() => PropertyJson.Encode(new Dictionary<string, object> { ["x"] = value }, "org:x"));

        Assert.Equal(GraphStoreErrorCode.InvalidRecord, exception.Code);
        Assert.Contains("org:x", exception.Message, StringComparison.Ordinal);
    }
}
