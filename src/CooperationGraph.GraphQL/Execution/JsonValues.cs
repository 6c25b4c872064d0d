using System.Text.Json;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Converts JSON to the plain values execution works with: dictionaries, lists, strings, numbers, booleans.</summary>
public static class JsonValues
{
    /// <summary>Converts a JSON value. Integral numbers that fit become <see cref="int"/>, others <see cref="double"/>.</summary>
    /// <param name="element">The JSON value.</param>
    /// <returns>A plain value: null, bool, string, int, double, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>.</returns>
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToPlain(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlain(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt32(out var small) ? (object)small : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    internal static object?[] Items(JsonElement array)
    {
        var items = new object?[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[index++] = item;
        }

        return items;
    }
}
