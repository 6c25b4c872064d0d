using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Validation;

/// <summary>What every seed rule sees: the model, the records read, indexes over them, and the error sink.</summary>
internal sealed class SeedContext
{
    public const string DocumentLabel = "Document";

    public SeedContext(GraphModel model, SeedSet set, SeedErrorCollector errors)
    {
        Model = model;
        Set = set;
        Errors = errors;
        foreach (var document in set.Documents)
        {
            DocumentsById.TryAdd(document.Id.Value, document);
        }

        foreach (var entity in set.Definitions)
        {
            DefinitionsById.TryAdd(entity.Id.Value, entity);
        }
    }

    public GraphModel Model { get; }

    public SeedSet Set { get; }

    public SeedErrorCollector Errors { get; }

    /// <summary>The first document of each id.</summary>
    public Dictionary<string, DocumentRecord> DocumentsById { get; } = new(StringComparer.Ordinal);

    /// <summary>The first full definition of each entity id.</summary>
    public Dictionary<string, EntityRecord> DefinitionsById { get; } = new(StringComparer.Ordinal);

    /// <summary>The concrete label of a node id when it resolves to a node whose label the model knows.</summary>
    public string? LabelOf(string id) =>
        DocumentsById.ContainsKey(id) ? DocumentLabel
        : DefinitionsById.TryGetValue(id, out var entity) && entity.Label is { } label && Model.FindLabel(label.Value) is not null ? label.Value
        : null;

    public bool NodeExists(string id) => DocumentsById.ContainsKey(id) || DefinitionsById.ContainsKey(id);
}
