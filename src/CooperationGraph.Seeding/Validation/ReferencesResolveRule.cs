namespace CooperationGraph.Seeding.Validation;

/// <summary>Every id a record refers to — relationship endpoints, source documents, document agencies — exists.</summary>
internal sealed class ReferencesResolveRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        foreach (var relation in context.Set.Relations)
        {
            foreach (var endpoint in new[] { relation.From, relation.To }.Where(endpoint => !context.NodeExists(endpoint.Value)))
            {
                var what = relation.DerivedFrom is { } origin
                    ? $"{origin.Field} '{endpoint.Value}' of document '{origin.Document.Id.Value}'"
                    : $"{(endpoint == relation.From ? "start" : "end")} node '{endpoint.Value}' of {relation.Type.Value}";
                context.Errors.Add(endpoint.At, $"dangling reference: {what} is not defined in any file");
            }
        }

        foreach (var source in context.Set.Entities.SelectMany(entity => entity.Sources).Concat(context.Set.Relations.SelectMany(relation => relation.Sources)))
        {
            if (!context.DocumentsById.ContainsKey(source.Doc.Value))
            {
                context.Errors.Add(source.Doc.At, $"dangling reference: source document '{source.Doc.Value}' is not in documents.yaml");
            }
        }
    }
}
