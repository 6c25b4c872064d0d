namespace CooperationGraph.Domain.Store;

/// <summary>Counts, and optionally sums of amounts, grouped for a dashboard chart.</summary>
/// <param name="Target">Nodes or relationships.</param>
/// <param name="GroupBy">The grouping; <see cref="AggregateGrouping.Label"/> needs nodes, type and status need relationships.</param>
/// <param name="Property">The property grouped by (for <see cref="AggregateGrouping.Property"/>, and node years).</param>
/// <param name="Label">Nodes: keep those carrying this label. Relationships: keep those whose start node carries it.</param>
/// <param name="Filter">Nodes: keep those matching. Relationships: keep those whose start node matches.</param>
/// <param name="Types">Relationships: keep these types; null or empty keeps all.</param>
/// <param name="SumAmountProperty">Nodes: sum this amount property's value. Relationships always sum their amount.</param>
public sealed record AggregateQuery(
    AggregateTarget Target,
    AggregateGrouping GroupBy,
    string? Property = null,
    string? Label = null,
    NodeFilter? Filter = null,
    IReadOnlyCollection<string>? Types = null,
    string? SumAmountProperty = null);
