namespace CooperationGraph.Api.Storage;

/// <summary>Where the graph model and the seed data are read from, bound from the <c>GraphData</c> section.</summary>
internal sealed class GraphDataOptions
{
    public const string Section = "GraphData";

    /// <summary><c>model.yaml</c>; a relative path is looked up from the content root upwards, then beside the binaries.</summary>
    public string ModelPath { get; set; } = "graph-schema/model.yaml";

    /// <summary>The seed-data folder; resolved as <see cref="ModelPath"/> is.</summary>
    public string SeedDataPath { get; set; } = "seed-data";

    /// <summary>Whether start-up seeds the store (idempotently); off for a store fed by other means.</summary>
    public bool SeedOnStart { get; set; } = true;
}
