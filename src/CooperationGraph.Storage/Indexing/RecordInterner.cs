using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Shares equal parts of the records an index holds: type and label strings, roles, dates, citations and whole source
/// lists repeat across thousands of records, and one instance each keeps a large graph small. Amounts are not shared:
/// equal decimals can differ in scale (1.0 and 1.00), which their stored text keeps apart.
/// </summary>
internal sealed class RecordInterner
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<StatedDate, StatedDate> _dates = [];
    private readonly Dictionary<Provenance, Provenance> _citations = [];
    private readonly Dictionary<IReadOnlyList<Provenance>, IReadOnlyList<Provenance>> _sources = new(SequenceComparer<Provenance>.Instance);
    private readonly Dictionary<IReadOnlyList<string>, string[]> _stringLists = new(SequenceComparer<string>.Instance);

    public string String(string text)
    {
        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _strings[text] = text;
        return text;
    }

    public string? NullableString(string? text) => text is null ? null : String(text);

    public string[] Strings(IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return [];
        }

        if (!_stringLists.TryGetValue(list, out var shared))
        {
            shared = Array.ConvertAll([.. list], String);
            _stringLists[shared] = shared;
        }

        return shared;
    }

    public StatedDate? Date(StatedDate? date)
    {
        if (date is null)
        {
            return null;
        }

        if (!_dates.TryGetValue(date, out var shared))
        {
            shared = new StatedDate(String(date.Text), String(date.Value), date.Precision, NullableString(date.End));
            _dates[shared] = shared;
        }

        return shared;
    }

    public StatedAmount? Amount(StatedAmount? amount) =>
        amount is null ? null : amount with { Text = String(amount.Text), Currency = NullableString(amount.Currency), Unit = NullableString(amount.Unit) };

    public IReadOnlyList<Provenance> Sources(IReadOnlyList<Provenance> sources)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        if (!_sources.TryGetValue(sources, out var shared))
        {
            var copy = new Provenance[sources.Count];
            for (var index = 0; index < copy.Length; index++)
            {
                copy[index] = Citation(sources[index]);
            }

            shared = copy;
            _sources[shared] = shared;
        }

        return shared;
    }

    /// <summary>A node record whose repeated parts are the shared instances.</summary>
    public GraphNode Node(GraphNode node) => node with
    {
        Label = String(node.Label),
        Labels = Strings(node.Labels),
        Aliases = node.Aliases.Count == 0 ? [] : node.Aliases,
        Sources = Sources(node.Sources),
    };

    /// <summary>A relationship record pointing at the shared type, endpoint ids, role, date and sources.</summary>
    public GraphRelationship Relationship(GraphRelationship relationship, string fromId, string toId) => relationship with
    {
        Type = String(relationship.Type),
        FromId = fromId,
        ToId = toId,
        Role = NullableString(relationship.Role),
        Date = Date(relationship.Date),
        Amount = Amount(relationship.Amount),
        Sources = Sources(relationship.Sources),
    };

    private Provenance Citation(Provenance citation)
    {
        if (!_citations.TryGetValue(citation, out var shared))
        {
            shared = new Provenance(String(citation.DocumentId), NullableString(citation.Section), NullableString(citation.Quote));
            _citations[shared] = shared;
        }

        return shared;
    }
}
