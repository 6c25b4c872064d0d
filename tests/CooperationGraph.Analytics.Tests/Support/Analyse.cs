using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Analytics.Tests.Support;

/// <summary>The gap analysis of a graph under the vocabulary of <c>graph-schema/model.yaml</c>.</summary>
internal static class Analyse
{
    public static CollaborationGapAnalysis Of(GraphSnapshot snapshot) => new(new CooperationModel(snapshot, RealSeedGraph.Vocabulary));
}
