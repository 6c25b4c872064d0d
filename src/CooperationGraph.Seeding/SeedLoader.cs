using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Building;
using CooperationGraph.Seeding.Reading;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Validation;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding;

/// <summary>
/// Loads a seed-data directory (format: <c>seed-data/README.md</c>) into a <see cref="GraphSnapshot"/>,
/// checking every record against the graph model. All or nothing: the snapshot is built only when no rule
/// is broken, and otherwise every error found is reported at once.
/// </summary>
public static class SeedLoader
{
    /// <summary>The folders read after <c>documents.yaml</c>, in this order, each in ordinal order of the path within it (subfolders included).</summary>
    public static readonly IReadOnlyList<string> RecordFolders = ["reference", "facts"];

    private static readonly ISeedRule[] Rules =
    [
        new IdSyntaxRule(),
        new UniqueIdsRule(),
        new MentionHasDefinitionRule(),
        new ConcreteLabelRule(),
        new ReferencesResolveRule(),
        new RelationshipTypeRule(),
        new DeclaredPropertiesRule(),
        new VerbatimQuotesRule(),
        new UniqueRelationshipsRule(),
    ];

    /// <summary>Loads and validates the seed data.</summary>
    /// <param name="seedDataDirectory">The directory holding <c>documents.yaml</c>, <c>letters/</c>, <c>reference/</c> and <c>facts/</c>.</param>
    /// <param name="model">The graph model the records must follow (see <see cref="GraphModelLoader"/>).</param>
    /// <returns>The graph: document and entity nodes, relationships, and the letters' texts.</returns>
    /// <exception cref="SeedDataException">Any rule is broken; carries every error, each with file, line and column.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static GraphSnapshot Load(string seedDataDirectory, GraphModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedDataDirectory);
        ArgumentNullException.ThrowIfNull(model);
        if (!Directory.Exists(seedDataDirectory))
        {
            throw new DirectoryNotFoundException($"The seed-data directory '{seedDataDirectory}' does not exist.");
        }

        var errors = new SeedErrorCollector();
        var set = new SeedSet();
        DocumentsFileReader.Read(seedDataDirectory, set, errors);
        foreach (var (fullPath, displayPath) in RecordFiles(seedDataDirectory))
        {
            FactsFileReader.Read(fullPath, displayPath, set, errors);
        }

        DocumentRelationshipDeriver.Derive(model, set, errors);
        var context = new SeedContext(model, set, errors);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        errors.ThrowIfAny();
        var snapshot = SnapshotBuilder.Build(context);
        errors.ThrowIfAny();
        return snapshot;
    }

    private static IEnumerable<(string FullPath, string DisplayPath)> RecordFiles(string seedDataDirectory) =>
        RecordFolders.SelectMany<string, (string FullPath, string DisplayPath)>(folder =>
        {
            var directory = Path.Combine(seedDataDirectory, folder);
            return Directory.Exists(directory)
                ? Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories)
                    .Select(path => (FullPath: path, DisplayPath: Path.GetRelativePath(seedDataDirectory, path).Replace('\\', '/')))
                    .OrderBy(file => file.DisplayPath, StringComparer.Ordinal)
                : [];
        });
}
