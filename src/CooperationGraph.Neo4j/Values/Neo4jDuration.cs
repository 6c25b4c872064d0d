namespace CooperationGraph.Neo4j;

/// <summary>A Cypher duration: months, days and seconds are kept apart because their lengths vary.</summary>
/// <param name="Months">Whole months.</param>
/// <param name="Days">Whole days.</param>
/// <param name="Seconds">Whole seconds.</param>
/// <param name="Nanoseconds">The sub-second part.</param>
public readonly record struct Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="TimeSpan"/> into seconds and nanoseconds only.</summary>
    public static Neo4jDuration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var rest);
        return new(0, 0, seconds, (int)(rest * 100));
    }
}
