using System.Diagnostics;
using System.Runtime.CompilerServices;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Rebuilds an index from the body of an image written by <see cref="GraphImageWriter"/>, after its header matched.
/// Every count and reference is checked against what the body can hold, so a damaged body fails with
/// <see cref="InvalidDataException"/> rather than a huge allocation; the checksum is compared by the caller.
/// </summary>
internal sealed class GraphImageReader
{
    private readonly ImageBuffer _reader;
    private string[] _strings = [];
    private string[][] _labelSets = [];
    private Provenance[] _citations = [];
    private Provenance[][] _sources = [];
    private StatedDate[] _dates = [];
    private IReadOnlyDictionary<string, object>[] _properties = [];
    private string[] _nodeIds = [];

    private GraphImageReader(ImageBuffer reader) => _reader = reader;

    /// <summary>Reads the rest of the body, after the stamp; <paramref name="nodeCount"/> and <paramref name="relationshipCount"/> come from the header.</summary>
    public static GraphIndex ReadBody(ImageBuffer reader, int nodeCount, int relationshipCount, LoadPhases? phases)
    {
        var image = new GraphImageReader(reader);
        image.CheckCount(nodeCount);
        image.CheckCount(relationshipCount);
        image.ReadTables();
        phases?.End("tables");
        var index = new GraphIndex(nodeCount, relationshipCount);
        var nodes = image.ReadNodes(index, nodeCount);
        index.IndexSearchInBackground(nodes);
        phases?.End("nodes");
        image.ReadRelationships(index, nodes, relationshipCount, phases);
        image.ReadDocumentTexts(index);
        phases?.End("texts");
        return index;
    }

    private void ReadTables()
    {
        _strings = ReadArray(() => _reader.ReadString());
        _labelSets = ReadArray(() => ReadArray(() => Pick(_strings, Count())));
        _citations = ReadArray(() => new Provenance(Pick(_strings, Count()), Optional(), Optional()));
        _sources = ReadArray(() => ReadArray(() => Pick(_citations, Count())));
        _dates = ReadArray(() => new StatedDate(Pick(_strings, Count()), Pick(_strings, Count()), ReadEnum<DatePrecision>(), Optional()));
        _properties = ReadArray(() => PropertyJson.Decode(_reader.ReadString()));
    }

    private IndexedNode[] ReadNodes(GraphIndex index, int nodeCount)
    {
        var nodes = new IndexedNode[nodeCount];
        _nodeIds = new string[nodeCount];
        for (var position = 0; position < nodeCount; position++)
        {
            var id = _nodeIds[position] = _reader.ReadString();
            var label = Pick(_strings, Count());
            var labels = Pick(_labelSets, Count());
            var name = _reader.ReadString();
            var nameEn = Inline();
            var aliases = ReadArray(() => _reader.ReadString());
            var description = _reader.ReadBoolean() ? new LocalizedText(Inline(), Inline()) : null;
            var properties = Pick(_properties, Count());
            var sources = Pick(_sources, Count());
            nodes[position] = index.AddSharedNode(new GraphNode(id, label, labels, name, nameEn, aliases, description, properties, sources));
        }

        // A fresh index numbers its nodes as they come, so a node's position in the image is its ordinal.
        Debug.Assert(nodeCount == 0 || nodes[^1].Ordinal == nodeCount - 1, "The nodes' ordinals are their positions.");

        return nodes;
    }

    private void ReadRelationships(GraphIndex index, IndexedNode[] nodes, int relationshipCount, LoadPhases? phases)
    {
        var relationships = new IndexedRelationship[relationshipCount];
        var adjacency = new ImageAdjacency(nodes, relationshipCount);
        string? previousId = null;
        for (var position = 0; position < relationshipCount; position++)
        {
            var id = _reader.ReadString();
            if (previousId is not null && string.CompareOrdinal(previousId, id) >= 0)
            {
                throw new InvalidDataException("The image's relationships are not in id order.");
            }

            previousId = id;
            var type = Pick(_strings, Count());
            var from = NodePosition();
            var to = NodePosition();
            var role = Optional();
            var date = PickOptional(_dates);
            var amount = _reader.ReadBoolean() ? new StatedAmount(Pick(_strings, Count()), _reader.ReadDecimal(), Optional(), Optional()) : null;
            var status = ReadEnum<RelationshipStatus>();
            var properties = Pick(_properties, Count());
            var sources = Pick(_sources, Count());
            var record = new GraphRelationship(id, type, _nodeIds[from], _nodeIds[to], role, date, amount, status, properties, sources);
            relationships[position] = new IndexedRelationship(record, nodes[from], nodes[to]) { Rank = position };
            adjacency.Add(position, from, to);
        }

        phases?.End("relationship records");
        adjacency.LayInto(relationships);
        phases?.End("adjacency");
        index.AddLoadedRelationships(relationships);
        phases?.End("relationship id map");
    }

    private int NodePosition()
    {
        var position = Count();
        return position < _nodeIds.Length ? position : throw new InvalidDataException($"The image refers to node {position} of {_nodeIds.Length}.");
    }

    private void ReadDocumentTexts(GraphIndex index)
    {
        var count = Count();
        for (var entry = 0; entry < count; entry++)
        {
            var documentId = _reader.ReadString();
            var text = _reader.ReadString();
            if (!index.ContainsNode(documentId))
            {
                throw new InvalidDataException($"The image holds a text for '{documentId}', which is not among its nodes.");
            }

            index.SetDocumentText(documentId, text);
        }
    }

    private T[] ReadArray<T>(Func<T> read)
    {
        var count = Count();
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var position = 0; position < count; position++)
        {
            items[position] = read();
        }

        return items;
    }

    private int Count()
    {
        var count = _reader.Read7BitEncodedInt();
        CheckCount(count);
        return count;
    }

    // Every item takes at least one byte, so no honest count exceeds the body's length.
    private void CheckCount(int count)
    {
        if (count < 0 || count > _reader.Length)
        {
            throw new InvalidDataException($"The image holds an impossible count or reference ({count}).");
        }
    }

    private string? Optional() => PickOptional(_strings);

    private string? Inline() => _reader.ReadBoolean() ? _reader.ReadString() : null;

    private T? PickOptional<T>(T[] table)
        where T : class
    {
        var reference = Count();
        return reference == 0 ? null : Pick(table, reference - 1);
    }

    private TEnum ReadEnum<TEnum>()
        where TEnum : struct, Enum
    {
        var value = Unsafe.BitCast<int, TEnum>(_reader.ReadByte());
        return Enum.IsDefined(value) ? value : throw new InvalidDataException($"The image holds an unknown {typeof(TEnum).Name} {value}.");
    }

    private static T Pick<T>(T[] table, int position) =>
        (uint)position < (uint)table.Length ? table[position] : throw new InvalidDataException($"The image refers to entry {position} of a table of {table.Length}.");
}
