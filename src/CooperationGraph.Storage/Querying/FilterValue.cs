using System.Buffers;
using System.Text;
using System.Text.Json;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// Filter operands as SQLite compares them with JSON-extracted values: <see cref="FilterOperand"/>'s form, with
/// <c>true</c>/<c>false</c> as 1/0 as JSON1 reads them.
/// </summary>
internal static class FilterValue
{
    public static object Normalise(object? value, string field) => FilterOperand.Normalise(value, field) switch
    {
        bool flag => flag ? 1L : 0L,
        var operand => operand,
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
