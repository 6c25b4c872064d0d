using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// How the gap findings name things. What counts as cooperation, an actor or an artefact, and where anything lies,
/// is the cooperation model's (<see cref="Domain.Cooperation.CooperationModel"/>), read through <see cref="CooperationIndex"/>.
/// </summary>
internal static class CooperationVocabulary
{
    public static bool IsRegion(GraphNode node) => Domain.Cooperation.CooperationVocabulary.IsRegion(node);

    public static bool IsSector(GraphNode node) => node.Label == "Sector";

    public static Bloc BlocOf(GraphNode region) => ParseBloc(region.Properties.GetValueOrDefault("bloc") as string);

    public static Bloc ParseBloc(string? bloc) => bloc switch
    {
        "Guangxi" => Bloc.Guangxi,
        "GreaterBayArea" => Bloc.GreaterBayArea,
        _ => Bloc.Other,
    };

    /// <summary>A name as explanations write it: the Chinese name as the letters write it, then the id.</summary>
    public static string Describe(GraphNode node) => $"{node.Name} ({node.Id})";
}
