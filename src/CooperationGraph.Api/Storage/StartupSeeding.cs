using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Hosting;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j;
using CooperationGraph.Seeding;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Api.Storage;

/// <summary>The start-up seeding, with each way it can fail told in one line and its exit code.</summary>
internal static partial class StartupSeeding
{
    private const int SqliteReadOnly = 8;

    public static GraphSnapshot Load(GraphModelSource model)
    {
        var directory = model.SeedDataDirectory;
        try
        {
            return SeedLoader.Load(directory, model.Model);
        }
        catch (Exception broken) when (broken is SeedDataException or IOException or UnauthorizedAccessException)
        {
            var first = broken is SeedDataException { Errors.Count: > 0 } seed
                ? $"{seed.Errors.Count} error{(seed.Errors.Count == 1 ? "" : "s")}, the first: {seed.Errors[0].ToString().TrimEnd('.')}"
                : broken.Message.ReplaceLineEndings(" ").TrimEnd('.');
            throw new StartupFailureException(
                StartupExitCode.SeedDataInvalid,
                $"The seed data in '{directory}' (GraphData:SeedDataPath) cannot be loaded: {first}. "
                + "Fix the file named, or set GraphData:SeedOnStart=false to serve the stored graph as it is.",
                broken);
        }
    }

    public static async Task<SeedOutcome?> SeedAsync(
        IGraphStore store, GraphSnapshot snapshot, OpenedEmbeddedStore? embedded, StorageOptions settings, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReplaceAllAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException readOnly) when (embedded is { ReadOnly: true } && readOnly.SqliteErrorCode == SqliteReadOnly)
        {
            // The stored graph stays what it is; its readers are served it rather than nothing.
            LogSeedSkipped(logger, embedded.DatabasePath);
            return null;
        }
        catch (Exception unreachable) when (embedded is null && unreachable is Neo4jServiceUnavailableException or Neo4jSecurityException)
        {
            var address = settings.Neo4jUri ?? Environment.GetEnvironmentVariable("NEO4J_URI") ?? "the configured address";
            throw new StartupFailureException(
                StartupExitCode.Neo4jUnavailable,
                $"Neo4j at {address} (Storage:Neo4jUri) cannot be used: {unreachable.Message.ReplaceLineEndings(" ").TrimEnd('.')}. "
                + "Start Neo4j or correct Storage:Neo4jUri and the credentials (Storage:Neo4jUser, Storage:Neo4jPassword).",
                unreachable);
        }
    }

    [LoggerMessage(EventId = 42, EventName = "SeedSkippedReadOnly", Level = LogLevel.Warning,
        Message = "The seed data differs from the read-only graph store {Location}: the stored graph is served unchanged")]
    private static partial void LogSeedSkipped(ILogger logger, string location);
}
