using System.Text.RegularExpressions;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Model;

/// <summary>
/// Checks that the labels and relationship types of <c>model.yaml</c> fit together: unique names, known
/// parents without cycles, known endpoints, an id prefix for every concrete label, no property declared
/// twice along a lineage.
/// </summary>
internal static partial class ModelConsistency
{
    public static void Check(IReadOnlyList<LabelDraft> labels, IReadOnlyList<RelationshipTypeDraft> types, SeedErrorCollector errors)
    {
        var byName = new Dictionary<string, LabelDraft>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!byName.TryAdd(label.Name.Value, label))
            {
                errors.Add(label.Name.At, $"node label '{label.Name.Value}' is declared twice; first at {byName[label.Name.Value].Name.At}");
            }
            else if (!PascalCase().IsMatch(label.Name.Value))
            {
                errors.Add(label.Name.At, $"node label '{label.Name.Value}' must be PascalCase");
            }

            if (label.IdPrefix is { } prefix && !IdPrefix().IsMatch(prefix.Value))
            {
                errors.Add(prefix.At, $"idPrefix '{prefix.Value}' of '{label.Name.Value}' must be lower-case ASCII letters and digits, starting with a letter");
            }
        }

        foreach (var label in labels)
        {
            CheckLineage(label, byName, errors);
        }

        var typeNames = new Dictionary<string, Located>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!typeNames.TryAdd(type.Name.Value, type.Name))
            {
                errors.Add(type.Name.At, $"relationship type '{type.Name.Value}' is declared twice; first at {typeNames[type.Name.Value].At}");
            }
            else if (!UpperSnakeCase().IsMatch(type.Name.Value))
            {
                errors.Add(type.Name.At, $"relationship type '{type.Name.Value}' must be UPPER_SNAKE_CASE");
            }

            CheckEndpoints(type, "from", type.From, byName, errors);
            CheckEndpoints(type, "to", type.To, byName, errors);
            CheckEndpoints(type, "participationTo", type.ParticipationTo, byName, errors, required: false);
            ReportDuplicateProperties(type.Properties, $"relationship type '{type.Name.Value}'", errors);
        }
    }

    private static void CheckLineage(LabelDraft label, Dictionary<string, LabelDraft> byName, SeedErrorCollector errors)
    {
        var seen = new List<LabelDraft> { label };
        for (var current = label; current.Parent is { } parent; current = byName[parent.Value])
        {
            if (!byName.ContainsKey(parent.Value))
            {
                // Reported once, by the label that names the missing parent.
                if (current == label)
                {
                    errors.Add(parent.At, $"label '{label.Name.Value}' names unknown parent '{parent.Value}'");
                }

                return;
            }

            if (byName[parent.Value] == label)
            {
                errors.Add(label.Parent!.At, $"label '{label.Name.Value}' is its own ancestor: {string.Join(" -> ", seen.Select(item => item.Name.Value))} -> {label.Name.Value}");
                return;
            }

            if (seen.Contains(byName[parent.Value]))
            {
                return; // A cycle further up: reported by the labels on it.
            }

            seen.Add(byName[parent.Value]);
        }

        if (!label.Definition.IsAbstract && seen.All(item => item.IdPrefix is null))
        {
            errors.Add(label.Name.At, $"concrete label '{label.Name.Value}' has no idPrefix, neither its own nor inherited");
        }

        ReportDuplicateProperties(seen.AsEnumerable().Reverse().SelectMany(item => item.Properties).ToArray(), $"label '{label.Name.Value}'", errors, label.Properties);
    }

    private static void CheckEndpoints(
        RelationshipTypeDraft type, string side, IReadOnlyList<Located> endpoints, Dictionary<string, LabelDraft> byName, SeedErrorCollector errors, bool required = true)
    {
        if (required && endpoints.Count == 0 && type.Definition is not null)
        {
            errors.Add(type.Name.At, $"relationship type '{type.Name.Value}' lists no '{side}' labels");
        }

        foreach (var endpoint in endpoints.Where(endpoint => !byName.ContainsKey(endpoint.Value)))
        {
            errors.Add(endpoint.At, $"relationship type '{type.Name.Value}' names unknown '{side}' label '{endpoint.Value}'");
        }
    }

    /// <summary>Reports a property declared twice; with <paramref name="own"/>, only those declared by the label itself.</summary>
    private static void ReportDuplicateProperties(IReadOnlyList<LocatedProperty> properties, string owner, SeedErrorCollector errors, IReadOnlyList<LocatedProperty>? own = null)
    {
        var first = new Dictionary<string, LocatedProperty>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!first.TryAdd(property.Name.Value, property) && (own is null || own.Contains(property)))
            {
                errors.Add(property.Name.At, $"{owner} declares property '{property.Name.Value}' twice (also at {first[property.Name.Value].Name.At})");
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnakeCase();

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex IdPrefix();
}
