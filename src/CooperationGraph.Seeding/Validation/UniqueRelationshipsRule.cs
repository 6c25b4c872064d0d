using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Validation;

/// <summary>
/// Two relationships with the same type, endpoints, role and date are one fact, unless each is given an
/// explicit id because the letters really state two.
/// </summary>
internal sealed class UniqueRelationshipsRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        var first = new Dictionary<(string, string, string, string?, string?, string?), SourcePosition>();
        foreach (var relation in context.Set.Relations)
        {
            var key = (relation.Type.Value, relation.From.Value, relation.To.Value, relation.Role, relation.Date?.Value, relation.Date?.End);
            if (first.TryGetValue(key, out var earlier))
            {
                if (relation.Id is null)
                {
                    context.Errors.Add(relation.At, $"duplicate relationship {relation.Type.Value} {relation.From.Value} -> {relation.To.Value} (same role and date as at {earlier}); merge the sources, or give each an explicit id if the letters state two");
                }
            }
            else
            {
                first.Add(key, relation.At);
            }
        }
    }
}
