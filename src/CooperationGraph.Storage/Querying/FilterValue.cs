using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>Converts filter operands to the values SQLite compares JSON-extracted values with.</summary>
internal static class FilterValue
{
    public static object Normalise(object? value, string field) => value switch
    {
        string text => text,
        bool flag => flag ? 1L : 0L,
        int or long or short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => (double)number,
        decimal number => (double)number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphStoreException(
            GraphStoreErrorCode.InvalidArgument,
            $"The filter on '{field}' has an operand of type {value?.GetType().Name ?? "null"}; use a string, bool, integer, double, decimal or DateOnly."),
    };

    /// <summary>A JSON array of normalised operands, for <c>IN (SELECT value FROM json_each(…))</c>.</summary>
    public static string JsonArray(IEnumerable<object> values, string field)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (Normalise(value, field))
                {
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case long integer:
                        writer.WriteNumberValue(integer);
                        break;
                    case double number:
                        writer.WriteNumberValue(number);
                        break;
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
