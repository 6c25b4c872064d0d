using System.Reflection;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>The repository files the browser tests read: the seed data, the graph model and the results folder.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string SeedData => Path.Combine(Root.Value, "seed-data");

    public static string Letters => Path.Combine(SeedData, "letters");

    public static string GraphModel => Path.Combine(Root.Value, "graph-schema", "model.yaml");

    /// <summary>Where failure screenshots go: <c>BROWSER_TEST_RESULTS</c>, else beside the suite's TRX files.</summary>
    public static string TestResults =>
        Environment.GetEnvironmentVariable("BROWSER_TEST_RESULTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Root.Value, "artifacts", "test-results", "browser");

    private static string FindRoot()
    {
        var candidates = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key == "RepositoryRoot")
            .Select(attribute => attribute.Value)
            .Append(AppContext.BaseDirectory)
            .OfType<string>();
        foreach (var candidate in candidates)
        {
            for (var directory = new DirectoryInfo(candidate); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "graph-schema", "model.yaml"))
                    && Directory.Exists(Path.Combine(directory.FullName, "seed-data", "letters")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "Neither the repository root recorded at build time nor an ancestor of the test directory holds graph-schema/model.yaml and seed-data/letters/.");
    }
}
