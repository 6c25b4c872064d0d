using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Records;

/// <summary>
/// One item of a <c>relations</c> list, or a relationship the loader derives from a document's issuer,
/// addressee or handling agencies (<see cref="DerivedFrom"/> names the document and field).
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
    DocumentField? DerivedFrom = null);

/// <summary>The document field a derived relationship comes from (<c>issuer</c> of <c>doc:…</c>).</summary>
internal sealed record DocumentField(DocumentRecord Document, string Field);
