using System.Net;
using System.Net.Sockets;
using System.Text;
using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Chunking;
using CooperationGraph.Neo4j.Bolt.Handshake;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// A Bolt server on 127.0.0.1 that plays the server side of a cross-check scenario (<see cref="ScenarioServer"/>)
/// for whichever client connects, and records what the client sent. Two listeners, A and B, so a routing table can
/// move the writer. Ports are always five digits and are written as <c>PORTA</c>/<c>PORTB</c> in recordings, so
/// recordings do not depend on the ports of the run.
/// </summary>
internal sealed class RecordingBoltServer : IAsyncDisposable
{
    private readonly TcpListener[] _listeners;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly List<Task> _acceptLoops = [];
    private readonly List<string> _errors = [];

    public RecordingBoltServer(BoltProtocolVersion version, ScenarioServer behaviour)
    {
        Version = version;
        Behaviour = behaviour;
        _listeners = [Listen(), Listen()];
        behaviour.Addresses = [Address(0), Address(1)];
        for (var i = 0; i < _listeners.Length; i++)
        {
            var index = i;
            _acceptLoops.Add(AcceptAsync(index));
        }
    }

    public BoltProtocolVersion Version { get; }

    public ScenarioServer Behaviour { get; }

    public BoltRecording Recording { get; } = new();

    public string Address(int listener) => $"127.0.0.1:{((IPEndPoint)_listeners[listener].LocalEndpoint).Port}";

    /// <summary>Waits until every connection has closed, then returns the recording; server-side errors fail.</summary>
    public async Task<BoltRecording> FinishAsync()
    {
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        var all = Task.WhenAll(open);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
        {
            lock (_errors)
            {
                _errors.Add("a connection was still open 10 s after the scenario ended");
            }
        }

        Assert.True(_errors.Count == 0, string.Join('\n', _errors));
        return Recording;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        await Task.WhenAll(_acceptLoops.Select(loop => loop.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    /// <summary>Replaces the run's ports with PORTA/PORTB (same length: ephemeral ports have five digits).</summary>
    public byte[] Normalise(byte[] bytes)
    {
        for (var i = 0; i < _listeners.Length; i++)
        {
            var port = Encoding.ASCII.GetBytes(Address(i)[10..]);
            var name = Encoding.ASCII.GetBytes(i == 0 ? "PORTA" : "PORTB");
            for (var at = bytes.AsSpan().IndexOf(port); at >= 0; at = bytes.AsSpan().IndexOf(port))
            {
                name.CopyTo(bytes, at);
            }
        }

        return bytes;
    }

    private static TcpListener Listen()
    {
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            if (((IPEndPoint)listener.LocalEndpoint).Port >= 10000)
            {
                return listener;
            }

            listener.Stop();
        }
    }

    private async Task AcceptAsync(int index)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listeners[index].AcceptTcpClientAsync(_stop.Token);
            var connection = new RecordedConnection(index == 0 ? "A" : "B");
            lock (Recording)
            {
                Recording.Connections.Add(connection);
            }

            lock (_connections)
            {
                _connections.Add(Task.Run(() => ServeAsync(client, connection, index)));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, RecordedConnection connection, int listener)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            if (!await HandshakeAsync(stream, connection))
            {
                return;
            }

            var reader = new ChunkReader(stream);
            using var incoming = new PooledByteBuffer();
            var session = Behaviour.OpenConnection(listener, Version);
            while (true)
            {
                await reader.ReadMessageAsync(incoming, _stop.Token);
                var bytes = incoming.WrittenSpan.ToArray();
                var request = ScenarioServer.Decode(bytes, Version.Dialect);
                lock (Recording)
                {
                    connection.Messages.Add(new RecordedMessage(true, request.Name, Normalise(bytes)));
                }

                if (request.Name == "GOODBYE")
                {
                    return;
                }

                foreach (var (signature, name, fields) in session.Answer(request))
                {
                    lock (Recording)
                    {
                        connection.Messages.Add(new RecordedMessage(false, name, []));
                    }

                    await SendAsync(stream, signature, fields);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or SocketException or OperationCanceledException)
        {
            // The client closed the connection (drivers may close without GOODBYE); the recording shows where.
        }
        catch (Exception ex)
        {
            lock (_errors)
            {
                _errors.Add($"connection {connection.Listener}: {ex}");
            }
        }
    }

    private async Task<bool> HandshakeAsync(NetworkStream stream, RecordedConnection connection)
    {
        var preamble = new byte[20];
        await stream.ReadExactlyAsync(preamble, _stop.Token);
        connection.Handshake = preamble;
        var offered = Enumerable.Range(1, 4).Select(i => VersionRange.Read(preamble.AsSpan(i * 4, 4))).ToList();
        if (Version >= new BoltProtocolVersion(5, 7))
        {
            if (offered[0] != BoltHandshake.ManifestV1)
            {
                await stream.WriteAsync(new byte[4], _stop.Token);
                return false;
            }

            // Manifest v1 as a 5.8 server sends it: 5.8 down to 5.0, then 4.4; no capabilities.
            await stream.WriteAsync(new byte[] { 0x00, 0x00, 0x01, 0xFF, 0x02, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00 }, _stop.Token);
            var answer = new byte[4];
            await stream.ReadExactlyAsync(answer, _stop.Token);
            var capabilities = await Varint.ReadAsync(stream, _stop.Token);
            var buffer = new byte[10];
            connection.ManifestAnswer = [.. answer, .. buffer.AsSpan(0, Varint.Write(buffer, capabilities)).ToArray()];
            return VersionRange.Read(answer) is { Major: 5, Minor: 8 };
        }

        if (!offered.Any(range => range.Contains(Version)))
        {
            await stream.WriteAsync(new byte[4], _stop.Token);
            return false;
        }

        await stream.WriteAsync(new byte[] { 0, 0, (byte)Version.Minor, (byte)Version.Major }, _stop.Token);
        return true;
    }

    private async Task SendAsync(NetworkStream stream, byte signature, IReadOnlyList<object?> fields)
    {
        using var message = new PooledByteBuffer();
        using var framed = new PooledByteBuffer();
        var writer = new PackStreamWriter(message, Version.Dialect);
        writer.WriteStructHeader(fields.Count, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        ChunkWriter.WriteMessage(framed, message.WrittenSpan);
        await stream.WriteAsync(framed.WrittenMemory, _stop.Token);
    }
}
