using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Validation;

/// <summary>
/// A node id is defined once across all files (documents and entities share one id space); an entity has
/// exactly one full definition; an explicit relationship id is used once.
/// </summary>
internal sealed class UniqueIdsRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        var first = new Dictionary<string, (SourcePosition At, bool IsEntity)>(StringComparer.Ordinal);
        foreach (var document in context.Set.Documents)
        {
            Claim(document.Id, isEntity: false);
        }

        foreach (var entity in context.Set.Definitions)
        {
            Claim(entity.Id, isEntity: true);
        }

        var relationIds = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var relation in context.Set.Relations)
        {
            if (relation.Id is not { } id)
            {
                continue;
            }

            if (first.TryGetValue(id.Value, out var node))
            {
                context.Errors.Add(id.At, $"duplicate id '{id.Value}': a node already has it (defined at {node.At})");
            }
            else if (!relationIds.TryAdd(id.Value, id.At))
            {
                context.Errors.Add(id.At, $"duplicate id '{id.Value}': another relationship already has it (at {relationIds[id.Value]})");
            }
        }

        void Claim(Located id, bool isEntity)
        {
            if (first.TryAdd(id.Value, (id.At, isEntity)))
            {
                return;
            }

            var earlier = first[id.Value];
            context.Errors.Add(id.At, isEntity && earlier.IsEntity
                ? $"two full definitions of '{id.Value}': already defined at {earlier.At}; a second record for it may only be a mention (id, sources, aliases)"
                : $"duplicate id '{id.Value}': already used at {earlier.At}");
        }
    }
}
