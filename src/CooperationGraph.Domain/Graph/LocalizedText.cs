namespace CooperationGraph.Domain.Graph;

/// <summary>A text in English and Chinese; either may be absent.</summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Chinese text.</param>
public sealed record LocalizedText(string? En, string? Zh);
