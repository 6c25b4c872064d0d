namespace CooperationGraph.Domain.Store;

/// <summary>Which relationships of a node to return.</summary>
/// <param name="Types">Relationship types to keep; null or empty keeps every type.</param>
/// <param name="Direction">Which way from the node.</param>
/// <param name="LimitPerNode">At most this many per node (1 to <see cref="MaxLimitPerNode"/>).</param>
public sealed record RelationshipSelection(
    IReadOnlyCollection<string>? Types = null,
    Direction Direction = Direction.Both,
    int LimitPerNode = 100)
{
    /// <summary>The largest allowed <see cref="LimitPerNode"/>.</summary>
    public const int MaxLimitPerNode = 10_000;
}
