using System.Buffers;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Records;

/// <summary>
/// Encodes property maps as JSON objects that SQLite's JSON functions can filter on: scalars as JSON scalars, string
/// lists as arrays, dates as objects with a sortable <c>start</c>, amounts as objects with a numeric <c>value</c>.
/// The encoding round-trips: doubles always carry a decimal point or exponent so they never come back as longs.
/// </summary>
internal static class PropertyJson
{
    public const string TypeKey = "$type";
    public const string DateType = "date";
    public const string AmountType = "amount";

    public static string Encode(IReadOnlyDictionary<string, object> properties, string ownerId)
    {
        // Most records have no properties, and a write encodes each record twice (its stored form, then its row).
        if (properties.Count == 0)
        {
            return "{}";
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value, ownerId, key);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, object> Decode(string json)
    {
        // Most records have no properties; sharing one immutable empty map keeps a large in-memory graph small.
        if (json == "{}")
        {
            return ReadOnlyDictionary<string, object>.Empty;
        }

        using var document = JsonDocument.Parse(json);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            properties[property.Name] = ReadValue(property.Value);
        }

        return properties;
    }

    public static string EncodeStrings(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> DecodeStrings(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) ?? [];

    public static string FormatStart(StatedDate date) => date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteValue(Utf8JsonWriter writer, object value, string ownerId, string key)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                var formatted = number.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(formatted.AsSpan().IndexOfAny('.', 'E') >= 0 ? formatted : formatted + ".0");
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case StatedDate date:
                writer.WriteStartObject();
                writer.WriteString(TypeKey, DateType);
                writer.WriteString("text", date.Text);
                writer.WriteString("value", date.Value);
                writer.WriteString("precision", date.Precision.ToString());
                writer.WriteString("end", date.End);
                writer.WriteString("start", FormatStart(date));
                writer.WriteEndObject();
                break;
            case StatedAmount amount:
                writer.WriteStartObject();
                writer.WriteString(TypeKey, AmountType);
                writer.WriteString("text", amount.Text);
                writer.WriteNumber("value", amount.Value);
                writer.WriteString("currency", amount.Currency);
                writer.WriteString("unit", amount.Unit);
                writer.WriteEndObject();
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new GraphStoreException(
                    GraphStoreErrorCode.InvalidRecord,
                    $"Property '{key}' of '{ownerId}' has a value of type {value?.GetType().Name ?? "null"}; allowed are string, long, double, bool, StatedDate, StatedAmount and string lists.");
        }
    }

    private static object ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(item => item.GetString()!).ToArray(),
        JsonValueKind.Object when element.GetProperty(TypeKey).GetString() == DateType => new StatedDate(
            element.GetProperty("text").GetString()!,
            element.GetProperty("value").GetString()!,
            Enum.Parse<DatePrecision>(element.GetProperty("precision").GetString()!),
            element.GetProperty("end").GetString()),
        JsonValueKind.Object => new StatedAmount(
            element.GetProperty("text").GetString()!,
            element.GetProperty("value").GetDecimal(),
            element.GetProperty("currency").GetString(),
            element.GetProperty("unit").GetString()),
        _ => throw new GraphStoreException(GraphStoreErrorCode.IncompatibleStorage, $"Unreadable stored property value {element.GetRawText()}."),
    };
}
