using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Yaml;

/// <summary>Parses a YAML file into its representation model, turning syntax errors into located errors.</summary>
internal static class YamlFileReader
{
    /// <summary>Reads the single document of a file whose root must be a mapping.</summary>
    /// <param name="fullPath">The file on disk.</param>
    /// <param name="displayPath">The path errors name.</param>
    /// <param name="errors">Where problems go.</param>
    /// <returns>The root mapping, or null when the file could not be read (an error has been recorded).</returns>
    public static YamlMappingNode? ReadRootMapping(string fullPath, string displayPath, SeedErrorCollector errors)
    {
        var start = new SourcePosition(displayPath, 1, 1);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (IOException exception)
        {
            errors.Add(start, $"cannot read the file: {exception.Message}");
            return null;
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            var at = new SourcePosition(displayPath, (int)exception.Start.Line, (int)exception.Start.Column);
            errors.Add(at, $"YAML syntax error: {Describe(exception)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on some unclosed flow collections.
            var at = new SourcePosition(displayPath, (int)scanner.CurrentPosition.Line, (int)scanner.CurrentPosition.Column);
            errors.Add(at, "YAML syntax error: the parser stopped here; look for an unclosed [ or { or a value that runs on");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(start, "the file is empty; expected a mapping");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(SourcePosition.Of(displayPath, stream.Documents[1].RootNode), "the file holds more than one YAML document; expected exactly one");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(SourcePosition.Of(displayPath, stream.Documents[0].RootNode), "the file's top level must be a mapping");
            return null;
        }

        return root;
    }

    // YamlDotNet prefixes its messages with the position, which the error already carries, and wraps
    // the useful part ("Duplicate key") in a generic message.
    private static string Describe(YamlException exception)
    {
        var message = StripPosition(exception.Message);
        var inner = exception.InnerException is { } cause ? StripPosition(cause.Message) : null;
        return string.IsNullOrEmpty(inner) || message.Contains(inner, StringComparison.Ordinal) ? message : $"{message} {inner}";
    }

    private static string StripPosition(string message)
    {
        var end = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return end < 0 ? message : message[(end + 3)..];
    }
}
