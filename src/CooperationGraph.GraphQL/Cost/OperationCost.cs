namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// The cost of one operation: estimated before it runs from the sizes it asks for, and counted after it ran from the
/// sizes it returned. Both follow the same weights (<see cref="CostAnnotations"/>).
/// </summary>
/// <param name="Requested">The estimate checked against <see cref="Limits.QueryLimits.MaxCost"/>.</param>
/// <param name="Actual">The cost of what the response holds, or null before execution.</param>
/// <param name="Maximum">The limit in force, or null when cost is not limited.</param>
public sealed record OperationCost(long Requested, long? Actual, long? Maximum);
