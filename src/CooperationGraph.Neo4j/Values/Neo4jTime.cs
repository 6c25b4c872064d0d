namespace CooperationGraph.Neo4j;

/// <summary>A time of day with a UTC offset.</summary>
/// <param name="NanosecondOfDay">Nanoseconds since local midnight.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds.</param>
public readonly record struct Neo4jTime(long NanosecondOfDay, int OffsetSeconds);
