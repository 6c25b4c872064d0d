using System.Runtime.CompilerServices;

namespace CooperationGraph.Seeding.Tests.TestSupport;

/// <summary>
/// Finds the repository root — the folder holding CooperationGraph.sln — above the test binaries, the
/// working directory, or (for builds with a separate artifacts path) this source file.
/// </summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "CooperationGraph.sln";

    private static readonly Lazy<string> LazyRoot = new(() => FindRoot(SourceDirectory()));

    public static string Root => LazyRoot.Value;

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string ModelYaml => Path.Combine(Root, "graph-schema", "model.yaml");

    private static string FindRoot(string sourceDirectory)
    {
        var starts = new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), sourceDirectory };
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above any of: {string.Join(", ", starts)}.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
