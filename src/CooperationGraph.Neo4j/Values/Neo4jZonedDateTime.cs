namespace CooperationGraph.Neo4j;

/// <summary>An instant in a named time zone (<c>Asia/Shanghai</c>).</summary>
/// <param name="EpochSecondsUtc">Seconds since the Unix epoch, UTC.</param>
/// <param name="Nanoseconds">The sub-second part, 0 to 999,999,999.</param>
/// <param name="ZoneId">The IANA zone id.</param>
public sealed record Neo4jZonedDateTime(long EpochSecondsUtc, int Nanoseconds, string ZoneId);
