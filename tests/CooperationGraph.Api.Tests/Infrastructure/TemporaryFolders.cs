namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>Folders under the system's temporary directory, so that no test writes into the source tree.</summary>
internal static class TemporaryFolders
{
    private static readonly List<string> s_created = [];

    static TemporaryFolders() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();

    /// <summary>A new, empty folder, deleted when the test run ends if nobody deleted it before.</summary>
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        lock (s_created)
        {
            s_created.Add(path);
        }

        return path;
    }

    /// <summary>Deletes a folder; a file still held open (on Windows) leaves it for the end of the run.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void DeleteAll()
    {
        lock (s_created)
        {
            foreach (var path in s_created)
            {
                TryDelete(path);
            }
        }
    }
}
