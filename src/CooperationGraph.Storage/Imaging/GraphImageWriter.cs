using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Serialises an index in the image format (<see cref="GraphImage"/>): the shared parts of records once each in
/// tables, then nodes and relationships in id order referring to them, so a reader rebuilds sorted adjacency lists by
/// appending. Table references are written as 7-bit integers, 0 standing for null and n for entry n − 1.
/// </summary>
internal sealed class GraphImageWriter
{
    private readonly Table<string> _strings = new(StringComparer.Ordinal);
    private readonly Table<string[]> _labelSets = new(SequenceComparer<string>.Instance);
    private readonly Table<Provenance> _citations = new(EqualityComparer<Provenance>.Default);
    private readonly Table<IReadOnlyList<Provenance>> _sources = new(SequenceComparer<Provenance>.Instance);
    private readonly Table<StatedDate> _dates = new(EqualityComparer<StatedDate>.Default);
    private readonly Table<string> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _propertyMaps = new(ReferenceEqualityComparer.Instance);
    private readonly IndexedNode[] _nodes;
    private readonly IndexedRelationship[] _relationships;
    private readonly Dictionary<IndexedNode, int> _positions;
    private readonly IReadOnlyDictionary<string, string> _documentTexts;

    private GraphImageWriter(GraphIndex index)
    {
        _nodes = [.. index.Nodes];
        Array.Sort(_nodes, static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        _relationships = [.. index.Relationships];
        Array.Sort(_relationships, static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        _positions = new Dictionary<IndexedNode, int>(_nodes.Length, ReferenceEqualityComparer.Instance);
        for (var position = 0; position < _nodes.Length; position++)
        {
            _positions[_nodes[position]] = position;
        }

        _documentTexts = index.DocumentTexts;
    }

    /// <summary>
    /// Writes the body of an image (everything but the checksum trailer); <paramref name="progress"/>, called between
    /// sections, lets a test stop a write half-way.
    /// </summary>
    public static void Write(BinaryWriter writer, GraphIndex index, ImageStamp stamp, Action<string>? progress)
    {
        var image = new GraphImageWriter(index);
        image.CollectTables();
        writer.Write(GraphImage.Magic);
        writer.Write(GraphImage.FormatVersion);
        writer.Write(stamp.CommitToken);
        writer.Write(stamp.Version);
        writer.Write(image._nodes.Length);
        writer.Write(image._relationships.Length);
        image.WriteTables(writer);
        progress?.Invoke("tables");
        image.WriteNodes(writer);
        progress?.Invoke("nodes");
        image.WriteRelationships(writer);
        image.WriteDocumentTexts(writer);
    }

    private void CollectTables()
    {
        foreach (var node in _nodes)
        {
            var record = node.Record;
            _strings.Add(record.Label);
            _labelSets.Add(node.Labels);
            foreach (var label in node.Labels)
            {
                _strings.Add(label);
            }

            AddSources(record.Sources);
            AddProperties(record.Properties, record.Id);
        }

        foreach (var relationship in _relationships)
        {
            var record = relationship.Record;
            _strings.Add(record.Type);
            AddOptional(record.Role);
            if (record.Date is { } date && _dates.Add(date))
            {
                _strings.Add(date.Text);
                _strings.Add(date.Value);
                AddOptional(date.End);
            }

            if (record.Amount is { } amount)
            {
                _strings.Add(amount.Text);
                AddOptional(amount.Currency);
                AddOptional(amount.Unit);
            }

            AddSources(record.Sources);
            AddProperties(record.Properties, record.Id);
        }
    }

    private void AddOptional(string? text)
    {
        if (text is not null)
        {
            _strings.Add(text);
        }
    }

    private void AddSources(IReadOnlyList<Provenance> sources)
    {
        if (!_sources.Add(sources))
        {
            return;
        }

        foreach (var citation in sources)
        {
            if (_citations.Add(citation))
            {
                _strings.Add(citation.DocumentId);
                AddOptional(citation.Section);
                AddOptional(citation.Quote);
            }
        }
    }

    private void AddProperties(IReadOnlyDictionary<string, object> properties, string ownerId)
    {
        if (!_propertyMaps.ContainsKey(properties))
        {
            var json = PropertyJson.Encode(properties, ownerId);
            _properties.Add(json);
            _propertyMaps[properties] = _properties.IndexOf(json);
        }
    }

    private void WriteTables(BinaryWriter writer)
    {
        WriteEach(writer, _strings.Items, writer.Write);
        WriteEach(writer, _labelSets.Items, labels => WriteEach(writer, labels, label => writer.Write7BitEncodedInt(_strings.IndexOf(label))));
        WriteEach(writer, _citations.Items, citation =>
        {
            writer.Write7BitEncodedInt(_strings.IndexOf(citation.DocumentId));
            WriteReference(writer, citation.Section);
            WriteReference(writer, citation.Quote);
        });
        WriteEach(writer, _sources.Items, sources => WriteEach(writer, sources, citation => writer.Write7BitEncodedInt(_citations.IndexOf(citation))));
        WriteEach(writer, _dates.Items, date =>
        {
            writer.Write7BitEncodedInt(_strings.IndexOf(date.Text));
            writer.Write7BitEncodedInt(_strings.IndexOf(date.Value));
            writer.Write((byte)date.Precision);
            WriteReference(writer, date.End);
        });
        WriteEach(writer, _properties.Items, writer.Write);
    }

    private void WriteNodes(BinaryWriter writer)
    {
        foreach (var node in _nodes)
        {
            var record = node.Record;
            writer.Write(record.Id);
            writer.Write7BitEncodedInt(_strings.IndexOf(record.Label));
            writer.Write7BitEncodedInt(_labelSets.IndexOf(node.Labels));
            writer.Write(record.Name);
            WriteInline(writer, record.NameEn);
            WriteEach(writer, record.Aliases, writer.Write);

            writer.Write(record.Description is not null);
            if (record.Description is { } description)
            {
                WriteInline(writer, description.En);
                WriteInline(writer, description.Zh);
            }

            writer.Write7BitEncodedInt(_propertyMaps[record.Properties]);
            writer.Write7BitEncodedInt(_sources.IndexOf(record.Sources));
        }
    }

    private void WriteRelationships(BinaryWriter writer)
    {
        foreach (var relationship in _relationships)
        {
            var record = relationship.Record;
            writer.Write(record.Id);
            writer.Write7BitEncodedInt(_strings.IndexOf(record.Type));
            writer.Write7BitEncodedInt(_positions[relationship.From]);
            writer.Write7BitEncodedInt(_positions[relationship.To]);
            WriteReference(writer, record.Role);
            writer.Write7BitEncodedInt(record.Date is null ? 0 : _dates.IndexOf(record.Date) + 1);
            writer.Write(record.Amount is not null);
            if (record.Amount is { } amount)
            {
                writer.Write7BitEncodedInt(_strings.IndexOf(amount.Text));
                writer.Write(amount.Value);
                WriteReference(writer, amount.Currency);
                WriteReference(writer, amount.Unit);
            }

            writer.Write((byte)record.Status);
            writer.Write7BitEncodedInt(_propertyMaps[record.Properties]);
            writer.Write7BitEncodedInt(_sources.IndexOf(record.Sources));
        }
    }

    private void WriteDocumentTexts(BinaryWriter writer)
    {
        var texts = _documentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(texts.Count);
        foreach (var (documentId, text) in texts)
        {
            writer.Write(documentId);
            writer.Write(text);
        }
    }

    /// <summary>A count, then each item: the form <see cref="GraphImageReader"/> reads back as an array.</summary>
    private static void WriteEach<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private void WriteReference(BinaryWriter writer, string? text) => writer.Write7BitEncodedInt(text is null ? 0 : _strings.IndexOf(text) + 1);

    private static void WriteInline(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    /// <summary>Distinct values in first-seen order, each with its position.</summary>
    private sealed class Table<T>(IEqualityComparer<T> comparer)
        where T : notnull
    {
        private readonly Dictionary<T, int> _positions = new(comparer);

        public List<T> Items { get; } = [];

        public int Count => Items.Count;

        /// <summary>Adds the value unless an equal one is there; true when it was new.</summary>
        public bool Add(T value)
        {
            if (!_positions.TryAdd(value, Items.Count))
            {
                return false;
            }

            Items.Add(value);
            return true;
        }

        public int IndexOf(T value) => _positions[value];
    }
}
