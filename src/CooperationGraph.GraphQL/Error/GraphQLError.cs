using System.Text.Json;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Error;

/// <summary>
/// An error in a GraphQL request or its execution, in the shape the specification's response format uses:
/// a message, source locations, a response path and extensions.
/// </summary>
public class GraphQLError : Exception
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The human-readable description.</param>
    /// <param name="nodes">The AST nodes the error is about; their locations become <see cref="Locations"/>.</param>
    /// <param name="source">The source the positions refer to, when there are no nodes.</param>
    /// <param name="positions">Character offsets into <paramref name="source"/>.</param>
    /// <param name="path">The response path of the field that failed (names and list indices).</param>
    /// <param name="originalError">The exception that caused this error, if any.</param>
    /// <param name="extensions">Implementation-specific data, serialized under <c>extensions</c>.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Path = path;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;

        if (Nodes is not null)
        {
            var locations = new List<SourceLocation>(Nodes.Count);
            foreach (var node in Nodes)
            {
                if (node.Location is { } location)
                {
                    locations.Add(location.StartLocation);
                    DocumentSource ??= location.Source;
                }
            }

            Locations = locations.Count > 0 ? locations : null;
        }
        else if (source is not null && positions is { Count: > 0 })
        {
            DocumentSource = source;
            Positions = positions;
            var locations = new SourceLocation[positions.Count];
            for (var i = 0; i < positions.Count; i++)
            {
                locations[i] = source.GetLocation(positions[i]);
            }

            Locations = locations;
        }

        DocumentSource ??= source;
    }

    /// <summary>The 1-based line/column locations the error refers to, or null.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the failing field: strings for names, integers for list indices; or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Implementation-specific data for the <c>extensions</c> entry, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The AST nodes the error refers to, or null.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>The source the error refers to, or null.</summary>
    public Source? DocumentSource { get; }

    /// <summary>Character offsets into <see cref="DocumentSource"/>, when the error was raised from positions.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>Returns a copy of this error with a response path, keeping everything else.</summary>
    /// <param name="path">The response path.</param>
    /// <returns>The located error.</returns>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, DocumentSource, Positions, path, InnerException, Extensions);

    /// <summary>
    /// The error as the response's <c>errors</c> entry: an ordered dictionary of <c>message</c>, and when present
    /// <c>locations</c> (<c>line</c>/<c>column</c> dictionaries), <c>path</c> and <c>extensions</c>.
    /// </summary>
    /// <returns>A dictionary that serializes to the specification's error shape.</returns>
    public IReadOnlyDictionary<string, object?> ToSerializable()
    {
        var result = new Dictionary<string, object?>(4) { ["message"] = Message };
        if (Locations is { Count: > 0 })
        {
            var locations = new List<IReadOnlyDictionary<string, object?>>(Locations.Count);
            foreach (var location in Locations)
            {
                locations.Add(new Dictionary<string, object?>(2) { ["line"] = location.Line, ["column"] = location.Column });
            }

            result["locations"] = locations;
        }

        if (Path is not null)
        {
            result["path"] = Path;
        }

        if (Extensions is { Count: > 0 })
        {
            result["extensions"] = Extensions;
        }

        return result;
    }

    /// <summary>Writes the error as a JSON object in the specification's error shape.</summary>
    /// <param name="writer">The destination.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 })
        {
            writer.WriteStartArray("locations");
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, Extensions, ErrorJson.Options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Formats the message followed by each location, for logs.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        if (Locations is not { Count: > 0 })
        {
            return Message;
        }

        var builder = new System.Text.StringBuilder(Message);
        foreach (var location in Locations)
        {
            builder.Append("\n\n").Append(DocumentSource?.Name ?? "GraphQL request").Append(':')
                .Append(location.Line).Append(':').Append(location.Column);
        }

        return builder.ToString();
    }
}
