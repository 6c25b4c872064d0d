using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// Stated amounts that may report the same money twice. Two relationships of one type from the same payer to the same
/// recipient in the same year (or both undated), each stating an amount in the same currency or unit, may be two
/// accounts of one payment unless one body reports both (<c>reportedBy</c>): 003:11 (the S&amp;T department, 2530万元)
/// and 003:39 (the finance department, 2030万元) both report 2020 money of the 创新驱动发展专项 for the Guilin zone.
/// The largest report of such a group counts; the others are possible duplicates, summed apart and never silently.
/// </summary>
public static class AmountReports
{
    /// <summary>The property of a relationship naming the body whose account states its amount.</summary>
    public const string ReportedBy = "reportedBy";

    /// <summary>The property of a relationship saying what its amount covers: <c>one-off</c>, <c>per-year</c>, <c>cumulative</c>.</summary>
    public const string Period = "period";

    /// <summary>The possible duplicates among some relationships, each with the id of the report that counts instead.</summary>
    /// <param name="relationships">The relationships.</param>
    /// <returns>By duplicate relationship id, the id of the kept report.</returns>
    public static IReadOnlyDictionary<string, string> PossibleDuplicates(IEnumerable<GraphRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = relationships
            .Where(relationship => relationship.Amount is not null)
            .GroupBy(relationship => (relationship.Type, relationship.FromId, relationship.ToId, relationship.Date?.Year, relationship.Amount!.Currency, relationship.Amount.Unit));
        foreach (var group in groups)
        {
            var reports = group.OrderByDescending(relationship => relationship.Amount!.Value).ThenBy(relationship => relationship.Id, StringComparer.Ordinal).ToList();
            var kept = reports[0];
            foreach (var other in reports.Skip(1).Where(other => !SameReporter(kept, other)))
            {
                duplicates[other.Id] = kept.Id;
            }
        }

        return duplicates;
    }

    private static bool SameReporter(GraphRelationship a, GraphRelationship b) =>
        a.Properties.GetValueOrDefault(ReportedBy) is string x && b.Properties.GetValueOrDefault(ReportedBy) is string y && x == y;
}
