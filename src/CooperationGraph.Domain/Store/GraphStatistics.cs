namespace CooperationGraph.Domain.Store;

/// <summary>The size and version of the committed graph.</summary>
/// <param name="NodeCount">How many nodes.</param>
/// <param name="RelationshipCount">How many relationships.</param>
/// <param name="Version">Incremented by every committed write; 0 for a store never written.</param>
public sealed record GraphStatistics(long NodeCount, long RelationshipCount, long Version);
