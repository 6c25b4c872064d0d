using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Api.Tests.Questions;

/// <summary>One question of <c>questions.yaml</c> (format: the file's header and the issue-10 brief).</summary>
public sealed record Question(
    string Id,
    string Query,
    IReadOnlyDictionary<string, object?>? Variables,
    string? Select,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool Exact,
    string? EqualsValue,
    int? Count,
    string? ExpectErrorCode,
    string Why);

/// <summary>Reads <c>tests/CooperationGraph.Api.Tests/Questions/questions.yaml</c>, copied beside the test binaries.</summary>
public static class QuestionFile
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Questions", "questions.yaml");

    public static IReadOnlyList<Question> Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var questions = (YamlSequenceNode)root.Children[new YamlScalarNode("questions")];
        return [.. questions.Children.Cast<YamlMappingNode>().Select(Read)];
    }

    private static Question Read(YamlMappingNode node)
    {
        string? Text(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
        IReadOnlyList<string> List(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "")]
            : [];
        var variables = node.Children.TryGetValue(new YamlScalarNode("variables"), out var vars) && vars is YamlMappingNode map
            ? map.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => Plain(pair.Value))
            : null;
        return new Question(
            Text("id") ?? throw new InvalidDataException("A question has no id."),
            Text("query") ?? throw new InvalidDataException($"Question '{Text("id")}' has no query."),
            variables,
            Text("select"),
            List("include"),
            List("exclude"),
            Text("exact") is "true",
            Text("equals"),
            Text("count") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : null,
            Text("expectErrorCode"),
            Text("why") ?? "");
    }

    private static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain && long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => integer,
        YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "true" or "false" => scalar.Value == "true",
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => Plain(pair.Value)),
        _ => null,
    };
}
