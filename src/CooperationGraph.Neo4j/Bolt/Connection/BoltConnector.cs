using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using CooperationGraph.Neo4j.Bolt.Handshake;

namespace CooperationGraph.Neo4j.Bolt.Connection;

/// <summary>Opens connections: TCP, optional TLS, the version handshake, then HELLO (and LOGON).</summary>
internal static class BoltConnector
{
    public static async Task<BoltConnection> ConnectAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectTimeout);
        var client = new TcpClient { NoDelay = true };
        Stream? stream = null;
        try
        {
            await client.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            stream = client.GetStream();
            if (settings.Tls != TlsMode.None)
            {
                stream = await AuthenticateAsync(stream, address, settings.Tls, timeout.Token).ConfigureAwait(false);
            }

            var version = await BoltHandshake.NegotiateAsync(stream, timeout.Token).ConfigureAwait(false);
            var connection = new BoltConnection(client, stream, version, address, settings.TimeProvider);
            try
            {
                await ConnectionInitializer.InitializeAsync(connection, settings, timeout.Token).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return connection;
        }
        catch (Exception ex) when (ex is not Neo4jException && !cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(stream, client).ConfigureAwait(false);
            var reason = ex is OperationCanceledException ? $"timed out after {settings.ConnectTimeout}" : ex.Message;
            throw new Neo4jServiceUnavailableException($"Bolt: could not connect to {address}: {reason}", null, ex);
        }
        catch (Exception ex) when (ex is Neo4jProtocolException or OperationCanceledException)
        {
            await DisposeQuietlyAsync(stream, client).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<Stream> AuthenticateAsync(Stream stream, ServerAddress address, TlsMode mode, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            EnabledSslProtocols = SslProtocols.None,
        };
        if (mode == TlsMode.TrustAnyCertificate)
        {
            options.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        return ssl;
    }

    private static async ValueTask DisposeQuietlyAsync(Stream? stream, TcpClient client)
    {
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        client.Dispose();
    }
}
