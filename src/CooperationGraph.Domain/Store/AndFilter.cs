namespace CooperationGraph.Domain.Store;

/// <summary>Every operand holds; an empty conjunction holds for every node.</summary>
/// <param name="Operands">The operands.</param>
public sealed record AndFilter(IReadOnlyList<NodeFilter> Operands) : NodeFilter;
