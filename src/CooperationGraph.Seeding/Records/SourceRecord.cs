using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Records;

/// <summary>One <c>sources</c> item as written: the document, the section path and the quote.</summary>
internal sealed record SourceRecord(SourcePosition At, Located Doc, Located? Section, Located? Quote);
