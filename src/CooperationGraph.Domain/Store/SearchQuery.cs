namespace CooperationGraph.Domain.Store;

/// <summary>A full-text search over names, English names and aliases.</summary>
/// <param name="Text">The non-empty text: a Chinese substring, or English in any case.</param>
/// <param name="Label">Keep only nodes carrying this label (concrete or abstract); null for all.</param>
/// <param name="Limit">At most this many hits (1 to <see cref="MaxLimit"/>).</param>
public sealed record SearchQuery(string Text, string? Label = null, int Limit = 20)
{
    /// <summary>The largest allowed <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;
}
