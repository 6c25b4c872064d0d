using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Records;

/// <summary>
/// One item of an <c>entities</c> list: a full definition, or a mention (only <c>id</c>, <c>sources</c> and
/// <c>aliases</c>) that adds provenance to an entity defined elsewhere.
/// </summary>
internal sealed record EntityRecord(
    SourcePosition At,
    Located Id,
    bool IsMention,
    Located? Label,
    string? Name,
    string? NameEn,
    IReadOnlyList<Located> Aliases,
    LocalizedText? Description,
    IReadOnlyList<PropertyRecord> Properties,
    IReadOnlyList<SourceRecord> Sources);
