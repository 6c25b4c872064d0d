using CooperationGraph.Api.Hosting;

namespace CooperationGraph.Api.Storage;

/// <summary>
/// One writer per database file: an exclusive lock on <c>&lt;database&gt;.lock</c> beside it, held while the service
/// runs. Two instances writing one file would diverge silently (each serves its own in-memory copy, only one hears
/// its changes), so the second one to start is refused. The operating system releases the lock when the process
/// ends, however it ends; the file itself stays, holding the last owner's process id.
/// </summary>
internal sealed class DatabaseFileLock : IDisposable
{
    private readonly FileStream _file;

    private DatabaseFileLock(FileStream file) => _file = file;

    public static DatabaseFileLock Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        FileStream file;
        try
        {
            // FileShare.None is an advisory flock on Unix: it excludes every other opener that asks the same.
            file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            throw new StartupFailureException(
                StartupExitCode.DatabaseInUse,
                $"Storage:DatabasePath '{databasePath}' is in use by another instance of the service (its process id is in the lock file '{lockPath}'). "
                + "Stop that instance, or give this one another Storage:DatabasePath.");
        }

        file.SetLength(0);
        using (var writer = new StreamWriter(file, leaveOpen: true))
        {
            writer.Write(Environment.ProcessId);
        }

        file.Flush(flushToDisk: false);
        return new DatabaseFileLock(file);
    }

    public void Dispose() => _file.Dispose();
}
