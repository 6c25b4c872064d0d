namespace CooperationGraph.Domain.Store;

/// <summary>The result of <see cref="IGraphStore.ReplaceAllAsync"/>.</summary>
/// <param name="Replaced">False when the stored graph already had the snapshot's content hash.</param>
/// <param name="ContentHash">The snapshot's content hash (lowercase hex SHA-256).</param>
/// <param name="Version">The graph version after the call.</param>
public sealed record SeedOutcome(bool Replaced, string ContentHash, long Version);
