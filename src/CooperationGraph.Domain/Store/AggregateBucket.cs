namespace CooperationGraph.Domain.Store;

/// <summary>One group of an aggregate.</summary>
/// <param name="Key">The group key: a label, type, status, year or property value as text.</param>
/// <param name="Count">How many nodes or relationships fall in the group.</param>
/// <param name="AmountSum">The sum of the stated amounts in base units; null when none in the group states one.</param>
public sealed record AggregateBucket(string Key, long Count, decimal? AmountSum);
