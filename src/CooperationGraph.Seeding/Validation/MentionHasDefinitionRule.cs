namespace CooperationGraph.Seeding.Validation;

/// <summary>A mention (id, sources, aliases only) adds to an entity that is fully defined somewhere.</summary>
internal sealed class MentionHasDefinitionRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        foreach (var mention in context.Set.Entities.Where(entity => entity.IsMention))
        {
            if (context.DefinitionsById.ContainsKey(mention.Id.Value))
            {
                continue;
            }

            var why = context.DocumentsById.ContainsKey(mention.Id.Value)
                ? "it is a document, and documents take no mentions"
                : "no file defines it (a definition needs label, name and sources)";
            context.Errors.Add(mention.Id.At, $"mention of '{mention.Id.Value}' has no definition: {why}");
        }
    }
}
