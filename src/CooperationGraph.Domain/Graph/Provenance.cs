namespace CooperationGraph.Domain.Graph;

/// <summary>
/// Where a node or relationship is stated: the source document, the section of its outline and the
/// verbatim quote (an exact substring of the document's text). Reference documents carry no quote.
/// </summary>
/// <param name="DocumentId">The id of the source document node (prefix <c>doc:</c>).</param>
/// <param name="Section">The section path, such as <c>一/（二）/三是</c>, or <c>preamble</c>, <c>heading</c>, <c>closing</c>.</param>
/// <param name="Quote">The verbatim quote; null only for reference documents.</param>
public sealed record Provenance(string DocumentId, string? Section, string? Quote);
