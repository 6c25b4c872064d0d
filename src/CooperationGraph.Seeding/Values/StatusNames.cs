using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Seeding.Values;

/// <summary>The spelling of <see cref="RelationshipStatus"/> in seed files.</summary>
internal static class StatusNames
{
    public static readonly IReadOnlyList<string> All = ["implemented", "ongoing", "planned"];

    public static RelationshipStatus? Parse(string text) => text switch
    {
        "implemented" => RelationshipStatus.Implemented,
        "ongoing" => RelationshipStatus.Ongoing,
        "planned" => RelationshipStatus.Planned,
        _ => null,
    };
}
