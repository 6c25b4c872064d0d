namespace CooperationGraph.Domain.Graph;

/// <summary>
/// A date as a letter states it: the original text, the normalised value (<c>YYYY</c>, <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>, matching <see cref="Precision"/>) and, for a period, its inclusive end.
/// </summary>
/// <param name="Text">The text exactly as written, such as <c>2021年5月</c>.</param>
/// <param name="Value">The normalised start, such as <c>2021-05</c>.</param>
/// <param name="Precision">Whether <see cref="Value"/> names a year, a month or a day.</param>
/// <param name="End">For a period (<c>“十三五”期间</c>), its normalised inclusive end; otherwise null.</param>
public sealed record StatedDate(string Text, string Value, DatePrecision Precision, string? End = null)
{
    /// <summary>The first day the date covers, for sorting and range filters.</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Year => new DateOnly(int.Parse(Value.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture), 1, 1),
        DatePrecision.Month => DateOnly.ParseExact(Value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The year the date falls in (its start year), for grouping.</summary>
    public int Year => Start.Year;
}
