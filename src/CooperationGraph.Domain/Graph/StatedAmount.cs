namespace CooperationGraph.Domain.Graph;

/// <summary>
/// A quantity as a letter states it: the original text and its value in base units (yuan for money:
/// <c>4000万元</c> is 40,000,000), with the currency for money or the unit for anything else.
/// </summary>
/// <param name="Text">The text exactly as written, such as <c>224.5亿元</c>.</param>
/// <param name="Value">The value in base units.</param>
/// <param name="Currency">ISO 4217 code for money (<c>CNY</c>); null otherwise.</param>
/// <param name="Unit">The unit of a non-money quantity (<c>enterprise</c>, <c>ratio</c> …); null for money.</param>
public sealed record StatedAmount(string Text, decimal Value, string? Currency = null, string? Unit = null);
