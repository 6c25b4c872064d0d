using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The content hash of a snapshot: SHA-256 over a canonical encoding (nodes and relationships by id, properties and
/// document texts by key, values tagged with their type), so equal graphs hash equally whatever the input order and
/// every store computes the same hash for idempotent seeding.
/// </summary>
public static class GraphSnapshotHash
{
    /// <summary>Hashes a snapshot.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <returns>The lowercase hex SHA-256 of the canonical encoding.</returns>
    public static string Compute(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var sink = new HashingStream(hash);
        using (var writer = new Utf8JsonWriter(sink))
        {
            writer.WriteStartArray();
            foreach (var node in snapshot.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal))
            {
                WriteNode(writer, node);
            }

            foreach (var relationship in snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
            {
                WriteRelationship(writer, relationship);
            }

            foreach (var (id, text) in snapshot.DocumentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteStringValue(id);
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(node.Id);
        writer.WriteStringValue(node.Label);
        WriteStrings(writer, node.Labels);
        writer.WriteStringValue(node.Name);
        writer.WriteStringValue(node.NameEn);
        WriteStrings(writer, node.Aliases);
        writer.WriteStringValue(node.Description?.En);
        writer.WriteStringValue(node.Description?.Zh);
        WriteProperties(writer, node.Properties);
        WriteSources(writer, node.Sources);
        writer.WriteEndArray();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(relationship.Id);
        writer.WriteStringValue(relationship.Type);
        writer.WriteStringValue(relationship.FromId);
        writer.WriteStringValue(relationship.ToId);
        writer.WriteStringValue(relationship.Role);
        WriteValue(writer, relationship.Date);
        WriteValue(writer, relationship.Amount);
        writer.WriteStringValue(relationship.Status.ToString());
        WriteProperties(writer, relationship.Properties);
        WriteSources(writer, relationship.Sources);
        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteSources(Utf8JsonWriter writer, IReadOnlyList<Provenance> sources)
    {
        writer.WriteStartArray();
        foreach (var source in sources)
        {
            WriteStrings(writer, [source.DocumentId, source.Section ?? "\0", source.Quote ?? "\0"]);
        }

        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> properties)
    {
        writer.WriteStartArray();
        foreach (var (key, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteStringValue(key);
            WriteValue(writer, value);
        }

        writer.WriteEndArray();
    }

    // Each value is tagged with its type so that 1 (long) and 1.0 (double) or "1" hash differently.
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        var invariant = CultureInfo.InvariantCulture;
        string[] tagged = value switch
        {
            null => ["null"],
            string text => ["s", text],
            long number => ["l", number.ToString(invariant)],
            int number => ["l", number.ToString(invariant)],
            double number => ["d", number.ToString("R", invariant)],
            decimal number => ["m", number.ToString(invariant)],
            bool flag => ["b", flag ? "1" : "0"],
            StatedDate date => ["date", date.Text, date.Value, date.Precision.ToString(), date.End ?? "\0"],
            StatedAmount amount => ["amount", amount.Text, amount.Value.ToString(invariant), amount.Currency ?? "\0", amount.Unit ?? "\0"],
            IEnumerable<string> list => ["list", .. list],
            _ => ["other", value.GetType().FullName ?? "?", Convert.ToString(value, invariant) ?? string.Empty],
        };
        WriteStrings(writer, tagged);
    }

    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);
    }
}
