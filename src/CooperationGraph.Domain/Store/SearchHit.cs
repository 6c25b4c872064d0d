using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>One search result.</summary>
/// <param name="Node">The node found.</param>
/// <param name="Match">How it matched; hits are ordered by this, then by the length of the matched text, then by id.</param>
/// <param name="MatchedText">The name, English name or alias that matched.</param>
public sealed record SearchHit(GraphNode Node, SearchMatchKind Match, string MatchedText);
