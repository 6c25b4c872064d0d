using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Events;
using Serilog.Formatting;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// Writes each event as one JSON object on one line: <c>@t</c> timestamp, <c>@l</c> level, <c>@mt</c> template,
/// <c>@m</c> rendered message, <c>@x</c> exception, <c>@tr</c>/<c>@sp</c> trace and span, then the properties
/// by name (a property whose name starts with <c>@</c> gets a second one, so it cannot pose as a field).
/// </summary>
internal sealed class JsonLogFormatter : ITextFormatter
{
    // Log collectors are not browsers: CJK text stays readable instead of becoming \uXXXX escapes.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            WriteEvent(json, logEvent);
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteEvent(Utf8JsonWriter json, LogEvent logEvent)
    {
        json.WriteStartObject();
        json.WriteString("@t", logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("@l", logEvent.Level.ToString());
        json.WriteString("@mt", logEvent.MessageTemplate.Text);
        json.WriteString("@m", logEvent.RenderMessage(CultureInfo.InvariantCulture));
        if (logEvent.Exception is { } exception)
        {
            json.WriteString("@x", exception.ToString());
        }
        if (logEvent.TraceId is { } traceId)
        {
            json.WriteString("@tr", traceId.ToHexString());
        }
        if (logEvent.SpanId is { } spanId)
        {
            json.WriteString("@sp", spanId.ToHexString());
        }
        foreach (var (name, value) in logEvent.Properties)
        {
            json.WritePropertyName(name.StartsWith('@') ? "@" + name : name);
            WriteValue(json, value);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(json, scalar.Value);
                break;
            case SequenceValue sequence:
                json.WriteStartArray();
                foreach (var element in sequence.Elements)
                {
                    WriteValue(json, element);
                }
                json.WriteEndArray();
                break;
            case StructureValue structure:
                json.WriteStartObject();
                if (structure.TypeTag is { } typeTag)
                {
                    json.WriteString("$type", typeTag);
                }
                foreach (var property in structure.Properties)
                {
                    json.WritePropertyName(property.Name);
                    WriteValue(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                json.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    json.WritePropertyName(Convert.ToString(key.Value, CultureInfo.InvariantCulture) ?? "null");
                    WriteValue(json, element);
                }
                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case short number: json.WriteNumberValue(number); break;
            case byte number: json.WriteNumberValue(number); break;
            case uint number: json.WriteNumberValue(number); break;
            case ulong number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            // JSON has no NaN or infinities; they are written as their names rather than failing the event.
            case double number when double.IsFinite(number): json.WriteNumberValue(number); break;
            case float number when float.IsFinite(number): json.WriteNumberValue(number); break;
            case DateTimeOffset moment: json.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTime moment: json.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture)); break;
            case IFormattable formattable: json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
