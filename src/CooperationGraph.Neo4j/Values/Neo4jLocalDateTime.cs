namespace CooperationGraph.Neo4j;

/// <summary>A date and time without zone.</summary>
/// <param name="EpochSeconds">Seconds since 1970-01-01T00:00 on the local clock.</param>
/// <param name="Nanoseconds">The sub-second part, 0 to 999,999,999.</param>
public readonly record struct Neo4jLocalDateTime(long EpochSeconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="DateTime"/>'s clock reading, ignoring its kind.</summary>
    public static Neo4jLocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        return new(Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest) - (rest < 0 ? 1 : 0),
            (int)((rest + (rest < 0 ? TimeSpan.TicksPerSecond : 0)) * 100));
    }

    /// <summary>Converts to an unspecified-kind <see cref="DateTime"/>, truncating to 100 ns.</summary>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + (EpochSeconds * TimeSpan.TicksPerSecond) + (Nanoseconds / 100), DateTimeKind.Unspecified);
}
