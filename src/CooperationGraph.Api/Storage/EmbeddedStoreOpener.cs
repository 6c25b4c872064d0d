using CooperationGraph.Api.Hosting;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;

namespace CooperationGraph.Api.Storage;

/// <summary>The embedded store as opened at start: read-write under the file's lock, or read-only.</summary>
internal sealed record OpenedEmbeddedStore(IGraphStore Store, string DatabasePath, bool ReadOnly, DatabaseFileLock? Lock);

/// <summary>
/// Opens the embedded store for the host, and turns each way that can fail into a
/// <see cref="StartupFailureException"/> naming the file and what to do. A complete database in a folder the process
/// cannot write (or with <c>Storage:ReadOnly</c>) is served read-only; otherwise the file's lock is taken first.
/// </summary>
internal static class EmbeddedStoreOpener
{
    public static async Task<OpenedEmbeddedStore> OpenAsync(
        string databasePath, bool readOnlySetting, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var readOnly = readOnlySetting || (File.Exists(databasePath) && !CanWriteBeside(databasePath));
        if (!readOnly && !File.Exists(databasePath) && !CanCreate(databasePath))
        {
            throw new StartupFailureException(
                StartupExitCode.DatabaseUnusable,
                $"Storage:DatabasePath '{databasePath}' does not exist and its folder cannot be written. "
                + "Make the folder writable, or point Storage:DatabasePath at a writable folder or at an existing database.");
        }

        if (readOnly && !File.Exists(databasePath))
        {
            throw new StartupFailureException(
                StartupExitCode.DatabaseUnusable,
                $"Storage:DatabasePath '{databasePath}' does not exist, and Storage:ReadOnly forbids creating it. "
                + "Point Storage:DatabasePath at an existing database, or turn Storage:ReadOnly off.");
        }

        DatabaseFileLock? fileLock = null;
        try
        {
            if (!readOnly)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
                fileLock = DatabaseFileLock.Acquire(databasePath);
            }

            var options = new SqliteGraphStoreOptions { DatabasePath = databasePath, ReadOnly = readOnly };
            var store = await SqliteGraphStore.OpenAsync(options, timeProvider, cancellationToken).ConfigureAwait(false);
            return new OpenedEmbeddedStore(store, databasePath, readOnly, fileLock);
        }
        catch (Exception unusable) when (unusable is GraphStoreException or IOException or UnauthorizedAccessException)
        {
            fileLock?.Dispose();
            throw new StartupFailureException(
                StartupExitCode.DatabaseUnusable,
                $"Storage:DatabasePath: {Reason(unusable, databasePath)} "
                + "Restore it from a backup, or move it aside so that the service seeds a new one.",
                unusable);
        }
    }

    private static string Reason(Exception unusable, string databasePath) => unusable switch
    {
        GraphStoreException => unusable.Message,
        _ => $"the file '{databasePath}' cannot be opened ({unusable.Message.TrimEnd('.')}).",
    };

    // Only an attempt tells: permissions, read-only mounts and ACLs all answer it, and root ignores the mode bits.
    private static bool CanWriteBeside(string databasePath)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        return CanCreateFileIn(directory) && IsWritable(databasePath);
    }

    private static bool CanCreate(string databasePath)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(databasePath)!);
        while (!directory.Exists && directory.Parent is not null)
        {
            directory = directory.Parent;
        }

        return CanCreateFileIn(directory.FullName);
    }

    private static bool CanCreateFileIn(string directory)
    {
        var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception refused) when (refused is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsWritable(string file)
    {
        try
        {
            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            return true;
        }
        catch (Exception refused) when (refused is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
