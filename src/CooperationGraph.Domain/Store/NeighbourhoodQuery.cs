namespace CooperationGraph.Domain.Store;

/// <summary>The nodes within a number of hops of a centre node.</summary>
/// <param name="CenterId">The centre node.</param>
/// <param name="Depth">Hops from the centre (1 to <see cref="MaxDepth"/>).</param>
/// <param name="Types">Relationship types to follow; null or empty follows all.</param>
/// <param name="Direction">Which way to follow relationships.</param>
/// <param name="NodeLimit">At most this many nodes, centre included, nearest first (1 to <see cref="MaxNodeLimit"/>).</param>
/// <param name="RelationshipLimit">
/// At most this many relationships, lowest ids first (1 to <see cref="MaxRelationshipLimit"/>): hubs joined by
/// hundreds of parallel links would otherwise swamp a drawing.
/// </param>
public sealed record NeighbourhoodQuery(
    string CenterId,
    int Depth = 1,
    IReadOnlyCollection<string>? Types = null,
    Direction Direction = Direction.Both,
    int NodeLimit = 200,
    int RelationshipLimit = 1000)
{
    /// <summary>The largest allowed <see cref="RelationshipLimit"/>.</summary>
    public const int MaxRelationshipLimit = 20_000;

    /// <summary>The largest allowed <see cref="Depth"/>.</summary>
    public const int MaxDepth = 6;

    /// <summary>The largest allowed <see cref="NodeLimit"/>.</summary>
    public const int MaxNodeLimit = 5000;
}
