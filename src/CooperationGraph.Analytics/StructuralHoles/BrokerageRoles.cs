namespace CooperationGraph.Analytics.StructuralHoles;

/// <summary>
/// How often a node brokers each way in Gould and Fernandez's typology. For a two-step path <c>a → b → c</c>
/// with <c>a</c> and <c>c</c> not directly tied, broker <c>b</c> is a coordinator when all three share a
/// group, an itinerant when <c>a</c> and <c>c</c> share a group <c>b</c> is outside, a representative when
/// <c>b</c> shares <c>a</c>'s group and <c>c</c> is outside, a gatekeeper when <c>b</c> shares <c>c</c>'s group
/// and <c>a</c> is outside, and a liaison when all three groups differ.
/// </summary>
/// <param name="Coordinator">Paths within the broker's own group.</param>
/// <param name="Gatekeeper">Paths from outside into the broker's group.</param>
/// <param name="Representative">Paths from the broker's group to outside.</param>
/// <param name="Itinerant">Paths between members of one other group.</param>
/// <param name="Liaison">Paths between two other, different groups.</param>
public sealed record BrokerageRoles(int Coordinator, int Gatekeeper, int Representative, int Itinerant, int Liaison)
{
    /// <summary>All brokered paths.</summary>
    public int Total => Coordinator + Gatekeeper + Representative + Itinerant + Liaison;
}
