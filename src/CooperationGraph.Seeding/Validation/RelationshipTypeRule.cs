using CooperationGraph.Seeding.Records;

namespace CooperationGraph.Seeding.Validation;

/// <summary>A relationship's type is declared by the model, and its endpoints carry labels the type allows.</summary>
internal sealed class RelationshipTypeRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        foreach (var relation in context.Set.Relations)
        {
            if (context.Model.FindRelationshipType(relation.Type.Value) is not { } type)
            {
                context.Errors.Add(relation.Type.At, $"unknown relationship type '{relation.Type.Value}'; the model declares: {string.Join(", ", context.Model.RelationshipTypes.Select(candidate => candidate.Name))}");
                continue;
            }

            CheckEndpoint(context, relation, relation.From, type.FromLabels, "start");
            CheckEndpoint(context, relation, relation.To, type.ToLabels, "end");
        }
    }

    private static void CheckEndpoint(SeedContext context, RelationRecord relation, Yaml.Located endpoint, IReadOnlyList<string> allowed, string side)
    {
        // A dangling or unlabelled endpoint is reported by the rules that own those problems.
        if (context.LabelOf(endpoint.Value) is not { } label || allowed.Any(candidate => context.Model.IsA(label, candidate)))
        {
            return;
        }

        context.Errors.Add(endpoint.At, $"{relation.Type.Value} cannot {(side == "start" ? "start at" : "end at")} '{endpoint.Value}' ({label}); its {side} node must be one of: {string.Join(", ", allowed)}");
    }
}
