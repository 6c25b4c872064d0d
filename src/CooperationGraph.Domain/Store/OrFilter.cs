namespace CooperationGraph.Domain.Store;

/// <summary>At least one operand holds; an empty disjunction holds for no node.</summary>
/// <param name="Operands">The operands.</param>
public sealed record OrFilter(IReadOnlyList<NodeFilter> Operands) : NodeFilter;
