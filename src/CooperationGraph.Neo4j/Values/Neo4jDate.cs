namespace CooperationGraph.Neo4j;

/// <summary>A calendar date, as days since 1970-01-01 (Neo4j's range exceeds <see cref="DateOnly"/>'s).</summary>
/// <param name="EpochDays">Days since the Unix epoch.</param>
public readonly record struct Neo4jDate(long EpochDays)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    public static Neo4jDate FromDateOnly(DateOnly date) => new(date.DayNumber - EpochDayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>; throws when the date is outside its range.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(EpochDays + EpochDayNumber)));
}
