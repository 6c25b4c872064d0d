namespace CooperationGraph.Domain.Aggregation;

/// <summary>
/// One group of a <see cref="GroupCounter"/> aggregate: its keys, how many fall in it and, for relationships, what
/// their amounts add up to. Amounts are those stated in the unit summed, each as stated (a yearly amount once); a
/// possible second report of money counted already (<see cref="Cooperation.AmountReports"/>) is left out of the count,
/// the sum, the minimum and the maximum of the amounts and summed apart.
/// </summary>
/// <param name="Keys">One key per dimension, in the order asked: enum values, years, ids or <c>UNKNOWN</c>.</param>
/// <param name="Names">Beside each key, the name of the entity an id key stands for (a city, a sector); null for other keys.</param>
/// <param name="Count">How many fall in the group (possible duplicate reports included: each is a stated fact).</param>
/// <param name="AmountCount">How many of them state an amount that is summed.</param>
/// <param name="AmountSum">The sum of those amounts in base units; null when none.</param>
/// <param name="AmountMin">The smallest of them; null when none.</param>
/// <param name="AmountMax">The largest of them; null when none.</param>
/// <param name="PossibleDuplicateAmountSum">The amounts left out as possible second reports; null when none.</param>
public sealed record GroupTotal(
    IReadOnlyList<string> Keys,
    IReadOnlyList<string?> Names,
    long Count,
    long AmountCount = 0,
    decimal? AmountSum = null,
    decimal? AmountMin = null,
    decimal? AmountMax = null,
    decimal? PossibleDuplicateAmountSum = null)
{
    /// <summary>The key of the group of what has no year, bloc, city, sector or period.</summary>
    public const string Unknown = "UNKNOWN";

    /// <summary>The mean of the summed amounts; null when none.</summary>
    public decimal? AmountAverage => AmountCount == 0 ? null : AmountSum / AmountCount;
}
