namespace CooperationGraph.Domain.Graph;

/// <summary>How much of a date a letter states.</summary>
public enum DatePrecision
{
    /// <summary>Only the year (<c>2020年</c>).</summary>
    Year,

    /// <summary>Year and month (<c>2021年5月</c>).</summary>
    Month,

    /// <summary>A calendar day (<c>2021年6月18日</c>).</summary>
    Day,
}
