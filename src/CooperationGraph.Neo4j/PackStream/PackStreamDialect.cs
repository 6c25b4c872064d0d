namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// The version-dependent parts of the value structures. Bolt 5 sends date-times as UTC instants
/// (tags <c>I</c>/<c>i</c>) and graph entities with element ids; Bolt 4.4 sends local seconds (<c>F</c>/<c>f</c>)
/// and numeric ids only.
/// </summary>
/// <param name="UtcDateTime">Whether date-times travel as UTC instants.</param>
/// <param name="ElementIds">Whether nodes and relationships carry element ids.</param>
internal sealed record PackStreamDialect(bool UtcDateTime, bool ElementIds)
{
    /// <summary>Bolt 5.0 and later.</summary>
    public static readonly PackStreamDialect Bolt5 = new(UtcDateTime: true, ElementIds: true);

    /// <summary>Bolt 4.4 without the <c>utc</c> patch.</summary>
    public static readonly PackStreamDialect Legacy = new(UtcDateTime: false, ElementIds: false);

    /// <summary>Bolt 4.4 once the server accepted the <c>utc</c> patch: UTC date-times, still numeric ids.</summary>
    public static readonly PackStreamDialect LegacyWithUtc = new(UtcDateTime: true, ElementIds: false);
}
