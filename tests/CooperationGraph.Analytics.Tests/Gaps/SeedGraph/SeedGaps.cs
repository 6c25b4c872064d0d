using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>
/// The gap analysis of the repository's real seed graph, and the two letters' texts, so tests can check a
/// finding against what the letters say.
/// </summary>
public static class SeedGaps
{
    private static readonly Lazy<CollaborationGapAnalysis> Loaded = new(() => Analyse.Of(RealSeedGraph.Snapshot));

    public static CollaborationGapAnalysis Analysis => Loaded.Value;

    public static GraphSnapshot Snapshot => RealSeedGraph.Snapshot;

    /// <summary>Both letters' texts, joined.</summary>
    public static string Letters => string.Join("\n", Snapshot.DocumentTexts.Values);

    /// <summary>The one relationship of a type between two entities.</summary>
    public static GraphRelationship Relationship(string type, string from, string to, RelationshipStatus status) =>
        Snapshot.Relationships.Single(r => r.Type == type && r.FromId == from && r.ToId == to && r.Status == status);

    public static string Name(string id) => Snapshot.Nodes.Single(node => node.Id == id).Name;
}
