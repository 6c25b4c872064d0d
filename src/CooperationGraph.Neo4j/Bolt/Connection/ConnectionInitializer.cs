using System.Runtime.InteropServices;
using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j.Bolt.Connection;

/// <summary>
/// HELLO, and from Bolt 5.1 LOGON, pipelined. Before 5.1 the credentials ride in HELLO. A FAILURE here
/// (bad credentials) leaves the connection unusable: the server closes it, so no RESET is attempted.
/// </summary>
internal static class ConnectionInitializer
{
    private static readonly Dictionary<string, object?> BoltAgent = new(StringComparer.Ordinal)
    {
        ["product"] = "CooperationGraph.Neo4j/1.0",
        ["platform"] = RuntimeInformation.OSDescription,
        ["language"] = $".NET/{Environment.Version}",
    };

    public static async Task InitializeAsync(BoltConnection connection, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var version = connection.Version;
        connection.Enqueue(new HelloMessage(
            settings.UserAgent,
            settings.RoutingContext,
            version.HasBoltAgent ? BoltAgent : null,
            version.HasLogon ? null : settings.Auth.Token,
            AskUtcPatch: version == BoltProtocolVersion.V4_4));
        if (version.HasLogon)
        {
            connection.Enqueue(new LogonMessage(settings.Auth.Token));
        }

        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await ExpectSuccessAsync(connection, cancellationToken).ConfigureAwait(false);
        connection.ServerAgent = hello.Get<string>("server");
        connection.ConnectionId = hello.Get<string>("connection_id");
        if (version == BoltProtocolVersion.V4_4 && hello.Get<List<object?>>("patch_bolt") is { } patches && patches.Contains("utc"))
        {
            connection.UseUtcDateTimes();
        }

        var hints = hello.Get<Dictionary<string, object?>>("hints");
        connection.TelemetryEnabled = hints is not null && hints.TryGetValue("telemetry.enabled", out var enabled) && enabled is true;
        connection.ReceiveTimeout = hints is not null && hints.TryGetValue("connection.recv_timeout_seconds", out var seconds) && seconds is long and > 0
            ? TimeSpan.FromSeconds((long)seconds)
            : settings.ReadTimeout;
        if (version.HasLogon)
        {
            await ExpectSuccessAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<SuccessMessage> ExpectSuccessAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        var message = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        return message switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw Fail(connection, failure),
            _ => throw connection.BrokenByProtocol("the server did not answer HELLO/LOGON with SUCCESS or FAILURE"),
        };
    }

    private static Neo4jException Fail(BoltConnection connection, FailureMessage failure)
    {
        _ = connection.BrokenByProtocol("initialization failed");
        return Neo4jErrorMapper.FromFailure(failure);
    }
}
