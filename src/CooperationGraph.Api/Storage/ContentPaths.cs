namespace CooperationGraph.Api.Storage;

/// <summary>
/// Resolves the data files' relative paths. The content root is the repository root under
/// <c>dotnet run --project</c> from there, the project folder under a test host, and anything at all when
/// installed; the build also copies the files beside the binaries, the last place looked.
/// </summary>
internal static class ContentPaths
{
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideBinaries) || Directory.Exists(besideBinaries)
            ? besideBinaries
            : Path.Combine(contentRoot, path);
    }
}
