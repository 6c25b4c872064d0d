using System.Collections;
using System.Globalization;
using System.Text.Json;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Json;

/// <summary>Writes graph records as canonical JSON: fixed member order, sorted property keys, normalised numbers.</summary>
internal static class CanonicalJsonWriter
{
    public static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("label", node.Label);
        WriteStrings(writer, "labels", node.Labels);
        writer.WriteString("name", node.Name);
        writer.WriteString("nameEn", node.NameEn);
        WriteStrings(writer, "aliases", node.Aliases);
        writer.WritePropertyName("description");
        if (node.Description is { } description)
        {
            writer.WriteStartObject();
            writer.WriteString("en", description.En);
            writer.WriteString("zh", description.Zh);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        WriteProperties(writer, node.Properties);
        WriteSources(writer, node.Sources);
        writer.WriteEndObject();
    }

    public static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("id", relationship.Id);
        writer.WriteString("type", relationship.Type);
        writer.WriteString("from", relationship.FromId);
        writer.WriteString("to", relationship.ToId);
        writer.WriteString("role", relationship.Role);
        writer.WritePropertyName("date");
        WriteValue(writer, relationship.Date);
        writer.WritePropertyName("amount");
        WriteValue(writer, relationship.Amount);
        writer.WriteString("status", relationship.Status.ToString());
        WriteProperties(writer, relationship.Properties);
        WriteSources(writer, relationship.Sources);
        writer.WriteEndObject();
    }

    /// <summary>Writes a property value of any type <see cref="GraphNode.Properties"/> admits.</summary>
    /// <exception cref="ArgumentException">The value has a type graph records do not use.</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case float or double:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case decimal number:
                // 40000000 and 40000000.00 are the same amount.
                writer.WriteRawValue((number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            case StatedDate date:
                writer.WriteStartObject();
                writer.WriteString("text", date.Text);
                writer.WriteString("value", date.Value);
                writer.WriteString("precision", date.Precision.ToString());
                writer.WriteString("end", date.End);
                writer.WriteEndObject();
                break;
            case StatedAmount amount:
                writer.WriteStartObject();
                writer.WriteString("text", amount.Text);
                writer.WritePropertyName("value");
                WriteValue(writer, amount.Value);
                writer.WriteString("currency", amount.Currency);
                writer.WriteString("unit", amount.Unit);
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A graph property cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (name, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter writer, IEnumerable<Provenance> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            writer.WriteString("doc", source.DocumentId);
            writer.WriteString("section", source.Section);
            writer.WriteString("quote", source.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
