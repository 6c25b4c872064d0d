namespace CooperationGraph.Neo4j.Bolt.Pool;

/// <summary>Limits of one server's pool.</summary>
/// <param name="MaxSize">Connections open at once, idle or in use.</param>
/// <param name="AcquisitionTimeout">How long to wait for a free slot before failing.</param>
/// <param name="LivenessThreshold">Idle connections older than this are pinged with RESET before reuse; null never pings.</param>
/// <param name="MaxLifetime">Connections older than this are closed instead of reused.</param>
internal sealed record PoolSettings(int MaxSize, TimeSpan AcquisitionTimeout, TimeSpan? LivenessThreshold, TimeSpan MaxLifetime);
