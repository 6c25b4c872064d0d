using System.Text.Json;
using CooperationGraph.Api.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace CooperationGraph.Api.Tests.Logging;

public sealed class JsonLogFormatterTests
{
    private static readonly DateTimeOffset s_moment = new(2026, 3, 1, 8, 30, 15, TimeSpan.FromHours(8));

    [Fact]
    public void An_event_becomes_one_json_line_with_its_fields_and_properties()
    {
        var logEvent = Event("HTTP {RequestMethod} {RequestPath} responded {StatusCode}",
            ("RequestMethod", new ScalarValue("GET")),
            ("RequestPath", new ScalarValue("/graphql")),
            ("StatusCode", new ScalarValue(200)));

        var line = Format(logEvent);

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2026-03-01T00:30:15.0000000Z", root.GetProperty("@t").GetString());
        Assert.Equal("Information", root.GetProperty("@l").GetString());
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", root.GetProperty("@mt").GetString());
        Assert.Equal("HTTP \"GET\" \"/graphql\" responded 200", root.GetProperty("@m").GetString());
        Assert.Equal("GET", root.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, root.GetProperty("StatusCode").GetInt32());
    }

    [Fact]
    public void Quotes_newlines_and_chinese_text_survive_a_round_trip()
    {
        const string text = "广西壮族自治区科学技术厅 \"reply\"\nline two";
        var line = Format(Event("{Text}", ("Text", new ScalarValue(text))));

        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(text, json.RootElement.GetProperty("Text").GetString());
        Assert.Contains("广西", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequences_structures_and_dictionaries_become_arrays_and_objects()
    {
        var logEvent = Event("{Items} {Shape} {Map}",
            ("Items", new SequenceValue([new ScalarValue(1), new ScalarValue("two"), new ScalarValue(null)])),
            ("Shape", new StructureValue([new LogEventProperty("Width", new ScalarValue(2.5))], "Box")),
            ("Map", new DictionaryValue([new KeyValuePair<ScalarValue, LogEventPropertyValue>(new ScalarValue(7), new ScalarValue(true))])));

        using var json = JsonDocument.Parse(Format(logEvent));
        var root = json.RootElement;

        var items = root.GetProperty("Items").EnumerateArray().ToArray();
        Assert.Equal(1, items[0].GetInt32());
        Assert.Equal("two", items[1].GetString());
        Assert.Equal(JsonValueKind.Null, items[2].ValueKind);
        Assert.Equal("Box", root.GetProperty("Shape").GetProperty("$type").GetString());
        Assert.Equal(2.5, root.GetProperty("Shape").GetProperty("Width").GetDouble());
        Assert.True(root.GetProperty("Map").GetProperty("7").GetBoolean());
    }

    [Fact]
    public void Non_finite_numbers_do_not_break_the_line()
    {
        using var json = JsonDocument.Parse(Format(Event("{Ratio}", ("Ratio", new ScalarValue(double.NaN)))));

        Assert.Equal("NaN", json.RootElement.GetProperty("Ratio").GetString());
    }

    [Fact]
    public void An_exception_is_written_and_a_property_cannot_pose_as_a_field()
    {
        var exception = new InvalidOperationException("store offline");
        var logEvent = new LogEvent(s_moment, LogEventLevel.Error, exception, new MessageTemplateParser().Parse("failed"),
            [new LogEventProperty("@t", new ScalarValue("forged"))]);

        using var json = JsonDocument.Parse(Format(logEvent));

        Assert.Contains("store offline", json.RootElement.GetProperty("@x").GetString(), StringComparison.Ordinal);
        Assert.Equal("Error", json.RootElement.GetProperty("@l").GetString());
        Assert.Equal("2026-03-01T00:30:15.0000000Z", json.RootElement.GetProperty("@t").GetString());
        Assert.Equal("forged", json.RootElement.GetProperty("@@t").GetString());
    }

    private static LogEvent Event(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(s_moment, LogEventLevel.Information, null, new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));

    private static string Format(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        new JsonLogFormatter().Format(logEvent, writer);
        return writer.ToString();
    }
}
