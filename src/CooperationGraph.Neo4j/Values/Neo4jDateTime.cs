namespace CooperationGraph.Neo4j;

/// <summary>An instant with the UTC offset it was written in.</summary>
/// <param name="EpochSecondsUtc">Seconds since the Unix epoch, UTC.</param>
/// <param name="Nanoseconds">The sub-second part, 0 to 999,999,999.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds.</param>
public readonly record struct Neo4jDateTime(long EpochSecondsUtc, int Nanoseconds, int OffsetSeconds)
{
    /// <summary>Converts a <see cref="DateTimeOffset"/>.</summary>
    public static Neo4jDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var utc = Neo4jLocalDateTime.FromDateTime(value.UtcDateTime);
        return new(utc.EpochSeconds, utc.Nanoseconds, (int)value.Offset.TotalSeconds);
    }

    /// <summary>Converts to <see cref="DateTimeOffset"/>, truncating to 100 ns.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = new Neo4jLocalDateTime(EpochSecondsUtc, Nanoseconds).ToDateTime();
        var offset = TimeSpan.FromSeconds(OffsetSeconds);
        return new DateTimeOffset(utc + offset, offset);
    }
}
