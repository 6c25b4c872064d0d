using System.Reflection;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>The real seed graph (<c>seed-data/</c> under <c>graph-schema/model.yaml</c>), loaded once per test run.</summary>
public static class RealSeedGraph
{
    private static readonly Lazy<GraphModel> LoadedModel = new(() => GraphModelLoader.Load(Path.Combine(RepositoryRoot(), "graph-schema", "model.yaml")));
    private static readonly Lazy<CooperationVocabulary> LoadedVocabulary = new(() => CooperationVocabulary.FromModel(Model));
    private static readonly Lazy<GraphSnapshot> Loaded = new(() => SeedLoader.Load(Path.Combine(RepositoryRoot(), "seed-data"), Model));
    private static readonly Lazy<CooperationModel> LoadedCooperation = new(() => new CooperationModel(Snapshot, Vocabulary));

    public static GraphSnapshot Snapshot => Loaded.Value;

    /// <summary>The graph model of <c>graph-schema/model.yaml</c>.</summary>
    public static GraphModel Model => LoadedModel.Value;

    /// <summary>The cooperation vocabulary of the graph model.</summary>
    public static CooperationVocabulary Vocabulary => LoadedVocabulary.Value;

    /// <summary>The cooperation model of the real seed graph.</summary>
    public static CooperationModel Cooperation => LoadedCooperation.Value;

    private static string RepositoryRoot()
    {
        var candidates = typeof(RealSeedGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key == "RepositoryRoot")
            .Select(attribute => attribute.Value)
            .Append(AppContext.BaseDirectory)
            .OfType<string>();
        foreach (var candidate in candidates)
        {
            for (var directory = new DirectoryInfo(candidate); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "graph-schema", "model.yaml")) && Directory.Exists(Path.Combine(directory.FullName, "seed-data")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Neither the repository root recorded at build time nor an ancestor of the test directory holds graph-schema/model.yaml and seed-data/.");
    }
}
