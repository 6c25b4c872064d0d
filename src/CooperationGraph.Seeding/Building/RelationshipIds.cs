using System.Text;
using CooperationGraph.Seeding.Records;

namespace CooperationGraph.Seeding.Building;

/// <summary>
/// Gives every relationship an id: its explicit one, or one derived from what it states —
/// <c>rel:{from slug}.{type}.{to slug}[.{role}]</c>, in lower-case kebab (<c>rel:gxu.co-builds.sklcusa</c>).
/// A derived id already taken gets the date appended, then a counter, in file order, so ids are stable
/// from one load to the next.
/// </summary>
internal sealed class RelationshipIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public RelationshipIds(IEnumerable<RelationRecord> relations)
    {
        foreach (var relation in relations)
        {
            if (relation.Id is { } id)
            {
                _taken.Add(id.Value);
            }
        }
    }

    public string IdOf(RelationRecord relation)
    {
        if (relation.Id is { } explicitId)
        {
            return explicitId.Value;
        }

        var id = $"rel:{SlugOf(relation.From.Value)}.{Kebab(relation.Type.Value)}.{SlugOf(relation.To.Value)}";
        if (relation.Role is { } role && Kebab(role) is { Length: > 0 } roleSlug)
        {
            id += "." + roleSlug;
        }

        if (_taken.Contains(id) && relation.Date is { } date)
        {
            id += "." + date.Value + (date.End is null ? "" : "-" + date.End);
        }

        var unique = id;
        for (var counter = 2; _taken.Contains(unique); counter++)
        {
            unique = $"{id}.{counter}";
        }

        _taken.Add(unique);
        return unique;
    }

    private static string SlugOf(string nodeId) => nodeId[(nodeId.IndexOf(':', StringComparison.Ordinal) + 1)..];

    internal static string Kebab(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(character);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
