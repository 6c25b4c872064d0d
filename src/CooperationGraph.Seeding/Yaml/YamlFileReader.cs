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
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var at = new SourcePosition(displayPath, (int)exception.Start.Line, (int)exception.Start.Column);
            errors.Add(at, $"YAML syntax error: {Describe(exception)}");
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

    // YamlDotNet wraps the useful message ("Duplicate key") inside a generic one.
    private static string Describe(YamlException exception)
    {
        var inner = exception.InnerException?.Message;
        return string.IsNullOrEmpty(inner) || exception.Message.Contains(inner, StringComparison.Ordinal)
            ? exception.Message
            : $"{exception.Message} {inner}";
    }
}
