using System.Globalization;
using CooperationGraph.Storage.Imaging;
using CooperationGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage;

/// <summary>
/// Keeping the image of the in-memory graph (<see cref="GraphImage"/>) up to date. A whole-graph replacement writes it
/// before returning; a change set schedules a write in the background, and change sets committed meanwhile share it.
/// A write holds the write gate, so the graph cannot change under it, while readers go on being served.
/// </summary>
internal sealed partial class EmbeddedGraphStore
{
    private readonly string _imagePath;
    private readonly bool _readOnly;
    private string? _commitToken;
    private Task _imageWrite = Task.CompletedTask;
    private int _imageScheduled;

    /// <summary>Whether the graph was loaded from the image at open rather than read from SQLite.</summary>
    internal bool LoadedFromImage { get; private init; }

    /// <summary>Where reading the image at open spent its time, phase by phase (empty when there was no image to read).</summary>
    internal LoadPhases OpenPhases { get; private init; } = new();

    /// <summary>Called between the sections of each image write; lets tests interrupt a write half-way.</summary>
    internal Action<string>? ImageProgress { get; set; }

    /// <summary>The image write in progress or scheduled, if any; completes when the image has caught up.</summary>
    internal Task PendingImageWrite => Volatile.Read(ref _imageWrite);

    private static ImageStamp ReadStamp(SqliteConnection connection, bool readOnly)
    {
        var version = long.Parse(MetaTable.Read(connection, null, MetaTable.GraphVersionKey) ?? "0", CultureInfo.InvariantCulture);
        var token = MetaTable.Read(connection, null, MetaTable.CommitTokenKey);
        if (token is null && !readOnly)
        {
            // A database from before images, or a new one: give its current commit a token so an image can show it.
            token = NewCommitToken();
            using var transaction = connection.BeginTransaction();
            MetaTable.Write(connection, transaction, MetaTable.CommitTokenKey, token);
            transaction.Commit();
        }

        // A read-only database without a token has no image that could show it: the empty token matches none.
        return new ImageStamp(token ?? string.Empty, version);
    }

    private static string NewCommitToken() => Guid.NewGuid().ToString("N");

    /// <summary>Writes the image now; the caller holds the write gate. A failure leaves the old image, which is stale and so ignored.</summary>
    private void WriteImage()
    {
        if (_readOnly || _commitToken is not { } token)
        {
            return;
        }

        try
        {
            GraphImage.Write(_imagePath, _index, new ImageStamp(token, Interlocked.Read(ref _version)), ImageProgress);
        }
        catch (Exception unwritable) when (unwritable is IOException or UnauthorizedAccessException)
        {
            // The image only saves time at the next open; the database holds the committed graph.
        }
    }

    /// <summary>Schedules a background image write unless one is already waiting to start.</summary>
    private void ScheduleImage()
    {
        if (_readOnly || Interlocked.Exchange(ref _imageScheduled, 1) == 1)
        {
            return;
        }

        Volatile.Write(ref _imageWrite, Task.Run(async () =>
        {
            await _writeGate.WaitAsync().ConfigureAwait(false);
            try
            {
                Volatile.Write(ref _imageScheduled, 0);
                WriteImage();
            }
            finally
            {
                _writeGate.Release();
            }
        }));
    }
}
