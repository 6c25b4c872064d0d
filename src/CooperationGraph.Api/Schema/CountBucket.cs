using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>One group of a count, as <c>CountBucket</c> resolves it.</summary>
/// <param name="Key">The group key.</param>
/// <param name="Count">How many fall in the group (possible duplicate reports included: each is a stated fact).</param>
/// <param name="AmountSum">The sum of the amounts, possible duplicate reports left out; null when none states one.</param>
/// <param name="PossibleDuplicateAmountSum">The amounts left out as possible second reports of money counted already; null when none.</param>
internal sealed record CountBucket(string Key, long Count, decimal? AmountSum, decimal? PossibleDuplicateAmountSum = null)
{
    public static CountBucket From(AggregateBucket bucket) => new(bucket.Key, bucket.Count, bucket.AmountSum);
}
