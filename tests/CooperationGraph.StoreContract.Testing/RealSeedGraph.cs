using System.Reflection;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>The real seed graph (<c>seed-data/</c> under <c>graph-schema/model.yaml</c>), loaded once per test run.</summary>
public static class RealSeedGraph
{
    private static readonly Lazy<GraphSnapshot> Loaded = new(Load);

    public static GraphSnapshot Snapshot => Loaded.Value;

    private static GraphSnapshot Load()
    {
        var root = RepositoryRoot();
        var model = GraphModelLoader.Load(Path.Combine(root, "graph-schema", "model.yaml"));
        return SeedLoader.Load(Path.Combine(root, "seed-data"), model);
    }

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
