using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.Tests.Utilities;

/// <summary>Compares JSON documents structurally, key order included, with a readable failure.</summary>
internal static class JsonAssert
{
    public static void Equal(JsonElement expected, string actualJson)
    {
        var expectedNode = JsonNode.Parse(expected.GetRawText());
        var actualNode = JsonNode.Parse(actualJson);
        if (!JsonNode.DeepEquals(expectedNode, actualNode) || !SameKeyOrder(expectedNode, actualNode))
        {
            Assert.Equal(Normalize(expectedNode), Normalize(actualNode));
            Assert.Fail("The documents hold the same values but their keys are in a different order.");
        }
    }

    private static string Normalize(JsonNode? node) =>
        node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static bool SameKeyOrder(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (JsonObject x, JsonObject y) => x.Select(p => p.Key).SequenceEqual(y.Select(p => p.Key))
            && x.All(p => SameKeyOrder(p.Value, y[p.Key])),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(pair => SameKeyOrder(pair.First, pair.Second)),
        _ => true,
    };
}
