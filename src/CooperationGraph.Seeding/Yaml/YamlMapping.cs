using CooperationGraph.Domain.Graph;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Yaml;

/// <summary>
/// Typed, located access to the fields of one YAML mapping. Every shape problem (missing, unknown or
/// mistyped field) is recorded against the offending node and read as absent, so reading goes on and
/// reports everything in one pass.
/// </summary>
internal sealed class YamlMapping
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);

    public YamlMapping(YamlMappingNode node, string file, SeedErrorCollector errors, string context)
    {
        Node = node;
        File = file;
        Errors = errors;
        Context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalarKey)
            {
                _fields[name] = (scalarKey, value);
            }
            else
            {
                errors.Add(SourcePosition.Of(file, key), $"a key in {context} must be a plain name");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public string File { get; }

    public SeedErrorCollector Errors { get; }

    /// <summary>What the mapping is, for messages: "entity 'org:gx-dost'", "the document at index 3" …</summary>
    public string Context { get; }

    public SourcePosition At => SourcePosition.Of(File, Node);

    public IEnumerable<string> Keys => _fields.Keys;

    public bool Has(string key) => _fields.ContainsKey(key);

    public SourcePosition PositionOf(string key) => _fields.TryGetValue(key, out var field) ? SourcePosition.Of(File, field.Value) : At;

    public YamlNode? ValueNode(string key) => _fields.TryGetValue(key, out var field) ? field.Value : null;

    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var (name, (key, _)) in _fields.Where(field => !allowed.Contains(field.Key)))
        {
            Errors.Add(SourcePosition.Of(File, key), $"unknown field '{name}' in {Context}; expected one of: {string.Join(", ", allowed)}");
        }
    }

    public void ReportMissing(string key) => Errors.Add(At, $"missing required field '{key}' in {Context}");

    public Located? Scalar(string key, bool required = false)
    {
        if (ValueNode(key) is not { } node || IsNull(node))
        {
            if (required)
            {
                ReportMissing(key);
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return new Located(value, SourcePosition.Of(File, node));
        }

        Errors.Add(SourcePosition.Of(File, node), $"field '{key}' in {Context} must be a single value, not a {ShapeOf(node)}");
        return null;
    }

    public IReadOnlyList<Located> ScalarList(string key)
    {
        if (ValueNode(key) is not { } node || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(SourcePosition.Of(File, node), $"field '{key}' in {Context} must be a list");
            return [];
        }

        var items = new List<Located>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !IsNull(item))
            {
                items.Add(new Located(value, SourcePosition.Of(File, item)));
            }
            else
            {
                Errors.Add(SourcePosition.Of(File, item), $"each item of '{key}' in {Context} must be a single value");
            }
        }

        return items;
    }

    public YamlMapping? Mapping(string key, string context)
    {
        if (ValueNode(key) is not { } node || IsNull(node))
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMapping(mapping, File, Errors, context);
        }

        Errors.Add(SourcePosition.Of(File, node), $"field '{key}' in {Context} must be a mapping, not a {ShapeOf(node)}");
        return null;
    }

    /// <summary>The mappings of a list field; <paramref name="contextOf"/> names each for messages.</summary>
    public IReadOnlyList<YamlMapping> MappingList(string key, Func<int, YamlMappingNode, string> contextOf)
    {
        if (ValueNode(key) is not { } node || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(SourcePosition.Of(File, node), $"field '{key}' in {Context} must be a list");
            return [];
        }

        var items = new List<YamlMapping>();
        foreach (var (item, index) in sequence.Select((item, index) => (item, index)))
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlMapping(mapping, File, Errors, contextOf(index, mapping)));
            }
            else
            {
                Errors.Add(SourcePosition.Of(File, item), $"item {index} of '{key}' in {Context} must be a mapping, not a {ShapeOf(item)}");
            }
        }

        return items;
    }

    public bool? Bool(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }

        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Errors.Add(scalar.At, $"field '{key}' in {Context} must be true or false, not '{scalar.Value}'");
        return null;
    }

    public LocalizedText? LocalizedText(string key)
    {
        if (Mapping(key, $"'{key}' of {Context}") is not { } text)
        {
            return null;
        }

        text.RejectUnknownKeys(["en", "zh"]);
        var en = text.Scalar("en")?.Value;
        var zh = text.Scalar("zh")?.Value;
        return en is null && zh is null ? null : new LocalizedText(en, zh);
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string ShapeOf(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };
}
