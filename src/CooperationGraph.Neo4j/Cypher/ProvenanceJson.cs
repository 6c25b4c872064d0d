using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Provenance as one JSON string property (<c>sources</c>): a Neo4j list cannot hold the nulls of a reference
/// document's missing quote, and parallel lists would need a sentinel; JSON keeps every source exactly.
/// </summary>
internal static class ProvenanceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Provenance> sources)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
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

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<Provenance> Read(string json, string ownerId)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray()
                .Select(source => new Provenance(
                    source.GetProperty("doc").GetString() ?? throw new JsonException("a source names no document"),
                    source.GetProperty("section").GetString(),
                    source.GetProperty("quote").GetString()))
                .ToList();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new GraphStoreException(GraphStoreErrorCode.IncompatibleStorage, $"'{ownerId}' has unreadable sources: {ex.Message}", ex);
        }
    }
}
