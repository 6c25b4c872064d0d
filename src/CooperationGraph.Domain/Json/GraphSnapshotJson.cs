using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Json;

/// <summary>
/// Canonical JSON for graph records: two graphs that state the same facts print the same bytes, whatever
/// order a store returned nodes, relationships or property keys in. Nodes and relationships are sorted by
/// id and property keys ordinally; the order of labels, aliases and sources is kept, since it is part of
/// what was loaded.
/// </summary>
public static class GraphSnapshotJson
{
    /// <summary>The whole snapshot as canonical JSON.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="indented">Whether to indent (for diffs a person reads).</param>
    /// <returns>The JSON text.</returns>
    public static string ToCanonicalJson(GraphSnapshot snapshot, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Write(indented, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("nodes");
            foreach (var node in snapshot.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal))
            {
                CanonicalJsonWriter.WriteNode(writer, node);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relationships");
            foreach (var relationship in snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
            {
                CanonicalJsonWriter.WriteRelationship(writer, relationship);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("documentTexts");
            foreach (var (id, text) in snapshot.DocumentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteString(id, text);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    /// <summary>One node as canonical JSON.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The JSON text.</returns>
    public static string ToCanonicalJson(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Write(indented: false, writer => CanonicalJsonWriter.WriteNode(writer, node));
    }

    /// <summary>One relationship as canonical JSON.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The JSON text.</returns>
    public static string ToCanonicalJson(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return Write(indented: false, writer => CanonicalJsonWriter.WriteRelationship(writer, relationship));
    }

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        // Chinese text stays readable in diffs rather than turning into \u escapes.
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
