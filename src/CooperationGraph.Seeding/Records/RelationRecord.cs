using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Records;

/// <summary>
/// One item of a <c>relations</c> list, or a relationship the loader derives from a document's issuer,
/// addressee or handling agencies (<see cref="DerivedFrom"/> set).
/// </summary>
internal sealed record RelationRecord(
    SourcePosition At,
    Located Type,
    Located From,
    Located To,
    Located? Id,
    string? Role,
    StatedDate? Date,
    StatedAmount? Amount,
    RelationshipStatus Status,
    IReadOnlyList<PropertyRecord> Properties,
    IReadOnlyList<SourceRecord> Sources,
    DocumentRecord? DerivedFrom = null);
