using System.Text.Json;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class JsonValuesTests
{
    [Fact]
    public void Json_becomes_plain_values_with_32_bit_integers_kept_as_int()
    {
        using var json = JsonDocument.Parse("""{"i": 7, "big": 3000000000, "f": 1.5, "s": "文", "b": false, "n": null, "l": [1, {"k": true}]}""");

        var plain = Assert.IsType<Dictionary<string, object?>>(JsonValues.ToPlain(json.RootElement));

        Assert.IsType<int>(plain["i"]);
        Assert.Equal(3000000000d, Assert.IsType<double>(plain["big"]));
        Assert.Equal(1.5, plain["f"]);
        Assert.Equal("文", plain["s"]);
        Assert.Equal(false, plain["b"]);
        Assert.Null(plain["n"]);
        var list = Assert.IsType<List<object?>>(plain["l"]);
        Assert.IsType<int>(list[0]);
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(list[1])["k"]);
    }
}
