namespace CooperationGraph.Seeding.Validation;

/// <summary>An entity's label is one the model declares, concrete, and not the label reserved for documents.</summary>
internal sealed class ConcreteLabelRule : ISeedRule
{
    public void Check(SeedContext context)
    {
        if (context.Model.FindLabel(SeedContext.DocumentLabel) is null && context.Set.Documents.FirstOrDefault() is { } firstDocument)
        {
            context.Errors.Add(firstDocument.At, $"the graph model declares no '{SeedContext.DocumentLabel}' label, which every document node carries");
        }

        foreach (var entity in context.Set.Definitions)
        {
            if (entity.Label is not { } label)
            {
                continue;
            }

            if (context.Model.FindLabel(label.Value) is not { } definition)
            {
                var concrete = context.Model.NodeLabels.Where(candidate => !candidate.IsAbstract && candidate.Name != SeedContext.DocumentLabel).Select(candidate => candidate.Name);
                context.Errors.Add(label.At, $"unknown label '{label.Value}' on '{entity.Id.Value}'; the model's concrete labels are: {string.Join(", ", concrete)}");
            }
            else if (definition.IsAbstract)
            {
                var children = context.Model.NodeLabels.Where(candidate => !candidate.IsAbstract && context.Model.IsA(candidate.Name, label.Value)).Select(candidate => candidate.Name);
                context.Errors.Add(label.At, $"label '{label.Value}' on '{entity.Id.Value}' is abstract; use one of: {string.Join(", ", children)}");
            }
            else if (definition.Name == SeedContext.DocumentLabel)
            {
                context.Errors.Add(label.At, $"'{entity.Id.Value}' cannot be a {SeedContext.DocumentLabel}: documents are declared in documents.yaml");
            }
        }
    }
}
