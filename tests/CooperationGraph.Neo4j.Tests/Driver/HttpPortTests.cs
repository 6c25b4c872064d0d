using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>A URI pointing at Neo4j's HTTP port gets an explanation, not a cryptic protocol error.</summary>
public sealed class HttpPortTests
{
    [Fact]
    public async Task HttpReplyToHandshake_IsExplained()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptTcpClientAsync();
            var stream = socket.GetStream();
            await stream.ReadExactlyAsync(new byte[20]);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"));
        });
        await using var client = Neo4jClient.Create(new Neo4jClientOptions { Uri = new Uri($"bolt://127.0.0.1:{port}") });
        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => client.VerifyConnectivityAsync());
        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
        await server;
    }
}
