using System.Globalization;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// The SQL of a <see cref="RelatedFilter"/>: per direction, an <c>EXISTS</c> over the relationships in scope (near end
/// = the filtered row, type conditions) that match (status, other end); <c>NONE</c> negates it and <c>ALL</c> asks
/// that no relationship in scope fails to match, which holds for a row without any.
/// </summary>
internal static class RelatedSql
{
    public delegate string NodePredicate(NodeFilter filter, string alias, int level, SqlBuilder sql);

    public static string Predicate(RelatedFilter filter, string alias, int level, SqlBuilder sql, NodePredicate nodePredicate)
    {
        var suffix = (level + 1).ToString(CultureInfo.InvariantCulture);
        var link = "r" + suffix;
        var other = "o" + suffix;
        var scope = new List<string>();
        if (filter.Type is not null)
        {
            scope.Add($"{link}.type = {sql.Parameter(filter.Type)}");
        }

        if (filter.Types is not null)
        {
            scope.Add($"{link}.type IN (SELECT value FROM json_each({sql.Parameter(FilterValue.JsonArray(filter.Types, "type"))}))");
        }

        var match = new List<string>();
        if (filter.Statuses is not null)
        {
            var statuses = filter.Statuses.Select(status => (object)status.ToString()).ToList();
            match.Add($"{link}.status IN (SELECT value FROM json_each({sql.Parameter(FilterValue.JsonArray(statuses, "status"))}))");
        }

        var otherId = filter.OtherNodeId is null ? null : sql.Parameter(filter.OtherNodeId);
        var otherTest = filter.Other is null ? null : nodePredicate(filter.Other, other, level + 1, sql);

        string Exists(string near, string far, bool violation)
        {
            var conditions = new List<string>(scope) { $"{link}.{near} = {alias}.id" };
            var tests = new List<string>(match);
            if (otherId is not null)
            {
                tests.Add($"{link}.{far} = {otherId}");
            }

            if (otherTest is not null)
            {
                tests.Add(otherTest);
            }

            var matches = tests.Count == 0 ? "1" : string.Join(" AND ", tests);
            if (violation)
            {
                conditions.Add($"NOT ({matches})");
            }
            else if (tests.Count > 0)
            {
                conditions.Add(matches);
            }

            var join = otherTest is null ? string.Empty : $" JOIN nodes {other} ON {other}.id = {link}.{far}";
            return $"EXISTS (SELECT 1 FROM relationships {link}{join} WHERE {string.Join(" AND ", conditions)})";
        }

        string Any(bool violation) => filter.Direction switch
        {
            Direction.Outgoing => Exists("from_id", "to_id", violation),
            Direction.Incoming => Exists("to_id", "from_id", violation),
            _ => $"({Exists("from_id", "to_id", violation)} OR {Exists("to_id", "from_id", violation)})",
        };

        return filter.Quantifier switch
        {
            RelatedQuantifier.None => $"(NOT {Any(violation: false)})",
            RelatedQuantifier.All => $"(NOT {Any(violation: true)})",
            _ => Any(violation: false),
        };
    }
}
