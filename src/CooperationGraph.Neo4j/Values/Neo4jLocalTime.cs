namespace CooperationGraph.Neo4j;

/// <summary>A time of day without zone.</summary>
/// <param name="NanosecondOfDay">Nanoseconds since midnight.</param>
public readonly record struct Neo4jLocalTime(long NanosecondOfDay)
{
    /// <summary>Converts a <see cref="TimeOnly"/> (100 ns precision).</summary>
    public static Neo4jLocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to <see cref="TimeOnly"/>, truncating to 100 ns.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);
}
