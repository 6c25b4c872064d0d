namespace CooperationGraph.Domain.Store;

/// <summary>Simple paths (no repeated node) between two nodes.</summary>
/// <param name="FromId">The start node.</param>
/// <param name="ToId">The end node; equal to <paramref name="FromId"/> yields the zero-length path.</param>
/// <param name="MaxHops">The longest path length (1 to <see cref="MaxMaxHops"/>).</param>
/// <param name="Types">Relationship types a path may use; null or empty allows all.</param>
/// <param name="Direction">
/// <see cref="Direction.Both"/> ignores relationship direction; <see cref="Direction.Outgoing"/> follows it from
/// <paramref name="FromId"/>.
/// </param>
/// <param name="Limit">At most this many paths (1 to <see cref="MaxLimit"/>).</param>
public sealed record PathQuery(
    string FromId,
    string ToId,
    int MaxHops = 4,
    IReadOnlyCollection<string>? Types = null,
    Direction Direction = Direction.Both,
    int Limit = 10)
{
    /// <summary>The largest allowed <see cref="MaxHops"/>.</summary>
    public const int MaxMaxHops = 8;

    /// <summary>The largest allowed <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;
}
