using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>
/// JSON equality where object members must also come in the same order (a GraphQL response's field order is part of
/// the contract) and numbers compare by value, so <c>1e+21</c> equals <c>1E21</c>.
/// </summary>
public static class OrderedJson
{
    /// <summary>The location and nature of the first difference, or null when the two are equal.</summary>
    public static string? FirstDifference(JsonNode? left, JsonNode? right, string path = "$")
    {
        switch (left, right)
        {
            case (null, null):
                return null;
            case (null, _) or (_, null):
                return $"{path}: {Show(left)} vs {Show(right)}";
            case (JsonObject leftObject, JsonObject rightObject):
                return ObjectDifference(leftObject, rightObject, path);
            case (JsonArray leftArray, JsonArray rightArray):
                return ArrayDifference(leftArray, rightArray, path);
            case (JsonValue leftValue, JsonValue rightValue):
                return ValuesEqual(leftValue, rightValue) ? null : $"{path}: {Show(left)} vs {Show(right)}";
            default:
                return $"{path}: {Show(left)} vs {Show(right)}";
        }
    }

    private static string? ObjectDifference(JsonObject left, JsonObject right, string path)
    {
        var leftNames = left.Select(member => member.Key).ToList();
        var rightNames = right.Select(member => member.Key).ToList();
        if (!leftNames.SequenceEqual(rightNames, StringComparer.Ordinal))
        {
            return $"{path}: members [{string.Join(", ", leftNames)}] vs [{string.Join(", ", rightNames)}]";
        }

        foreach (var name in leftNames)
        {
            if (FirstDifference(left[name], right[name], $"{path}.{name}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? ArrayDifference(JsonArray left, JsonArray right, string path)
    {
        if (left.Count != right.Count)
        {
            return $"{path}: {left.Count} items vs {right.Count}";
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static bool ValuesEqual(JsonValue left, JsonValue right)
    {
        var (leftKind, rightKind) = (left.GetValueKind(), right.GetValueKind());
        if (leftKind != rightKind)
        {
            return false;
        }

        return leftKind switch
        {
            JsonValueKind.Number => double.Parse(left.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(right.ToJsonString(), CultureInfo.InvariantCulture),
            JsonValueKind.String => string.Equals(left.GetValue<string>(), right.GetValue<string>(), StringComparison.Ordinal),
            _ => true,
        };
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Truncate(node.ToJsonString());

    private static string Truncate(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
