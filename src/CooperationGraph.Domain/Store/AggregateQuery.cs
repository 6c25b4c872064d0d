namespace CooperationGraph.Domain.Store;

/// <summary>Counts, and optionally sums of amounts, grouped for a dashboard chart.</summary>
/// <param name="Target">Nodes or relationships.</param>
/// <param name="GroupBy">The grouping; <see cref="AggregateGrouping.Label"/> needs nodes, type and status need relationships.</param>
/// <param name="Property">The property grouped by (for <see cref="AggregateGrouping.Property"/>, and node years).</param>
/// <param name="Label">Nodes: keep those carrying this label. Relationships: keep those whose start node carries it.</param>
/// <param name="Filter">Nodes: keep those matching. Relationships: keep those whose start node matches.</param>
/// <param name="Types">Relationships: keep these types; null or empty keeps all.</param>
/// <param name="SumAmountProperty">Nodes: sum this amount property's value. Relationships always sum their amount.</param>
/// <param name="SumUnit">
/// The currency (ISO 4217, for money) or unit (for other quantities) whose amounts are summed; amounts stated in any
/// other are left out of the sums, which would otherwise add yuan to dollars or to numbers of enterprises.
/// </param>
public sealed record AggregateQuery(
    AggregateTarget Target,
    AggregateGrouping GroupBy,
    string? Property = null,
    string? Label = null,
    NodeFilter? Filter = null,
    IReadOnlyCollection<string>? Types = null,
    string? SumAmountProperty = null,
    string SumUnit = AggregateQuery.DefaultSumUnit)
{
    /// <summary>What is summed unless a query says otherwise: money in yuan.</summary>
    public const string DefaultSumUnit = "CNY";
}
