namespace CooperationGraph.Domain.Store;

/// <summary>The operand does not hold.</summary>
/// <param name="Operand">The negated filter.</param>
public sealed record NotFilter(NodeFilter Operand) : NodeFilter;
