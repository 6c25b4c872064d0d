using System.Text.RegularExpressions;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Validation;

/// <summary>Ids are <c>prefix:slug</c> in lower-case ASCII, and the prefix is the one the model gives the label.</summary>
internal sealed partial class IdSyntaxRule : ISeedRule
{
    public const string RelationshipPrefix = "rel";

    public void Check(SeedContext context)
    {
        var documentPrefix = context.Model.FindLabel(SeedContext.DocumentLabel) is null ? "doc" : context.Model.IdPrefixOf(SeedContext.DocumentLabel);
        foreach (var document in context.Set.Documents)
        {
            CheckId(document.Id, documentPrefix, SeedContext.DocumentLabel, context.Errors);
        }

        foreach (var entity in context.Set.Entities)
        {
            var label = entity.Label is { } named && context.Model.FindLabel(named.Value) is not null ? named.Value : null;
            CheckId(entity.Id, label is null ? null : context.Model.IdPrefixOf(label), label, context.Errors);
        }

        foreach (var relation in context.Set.Relations)
        {
            if (relation.Id is { } id)
            {
                CheckId(id, RelationshipPrefix, "relationship", context.Errors);
            }
        }
    }

    private static void CheckId(Located id, string? expectedPrefix, string? owner, SeedErrorCollector errors)
    {
        if (!Id().IsMatch(id.Value))
        {
            errors.Add(id.At, $"malformed id '{id.Value}': expected prefix:slug in lower-case ASCII letters, digits, '-', '_' and '.', such as org:gx-dost");
            return;
        }

        var prefix = id.Value[..id.Value.IndexOf(':', StringComparison.Ordinal)];
        if (expectedPrefix is not null && prefix != expectedPrefix)
        {
            errors.Add(id.At, $"id '{id.Value}' has prefix '{prefix}', but {owner} ids start with '{expectedPrefix}:'");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*:[a-z0-9]+([-_.][a-z0-9]+)*$")]
    private static partial Regex Id();
}
