using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Chunking;
using CooperationGraph.Neo4j.Bolt.Handshake;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>
/// A scripted Bolt server on 127.0.0.1: the n-th accepted connection plays the n-th script, asserting each
/// client message and sending the scripted replies. Mismatches are collected; <see cref="AssertCompletedAsync"/>
/// fails the test with them. After the last step it tolerates only GOODBYE or the client closing.
/// </summary>
public sealed class FakeBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<List<ScriptStep>> _scripts;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly List<Task> _sessions = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _connections;

    public FakeBoltServer(params string[] scripts)
        : this(scripts.Select(BoltScript.Parse))
    {
    }

    public FakeBoltServer(IEnumerable<List<ScriptStep>> scripts)
    {
        _scripts = [.. scripts];
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>Adds scripts after start, for scripts that must name this server's own port.</summary>
    public void Load(params string[] scripts) => _scripts.AddRange(scripts.Select(BoltScript.Parse));

    /// <summary>Adds a script built in code (values a text script cannot spell, such as structures).</summary>
    public void Load(List<ScriptStep> script) => _scripts.Add(script);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public Uri BoltUri => new($"bolt://{Address}");

    /// <summary>When set, connections are wrapped in TLS with this certificate (for <c>+s</c>/<c>+ssc</c> tests).</summary>
    public X509Certificate2? Certificate { get; set; }

    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Script violations so far, for diagnosing a client error that a violation caused.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>The 20 handshake bytes of each connection, in order.</summary>
    public ConcurrentQueue<byte[]> Handshakes { get; } = new();

    /// <summary>The version each connection settled on (after a manifest, the one the client chose).</summary>
    public ConcurrentQueue<string> NegotiatedVersions { get; } = new();

    /// <summary>Messages sent after a script ended (GOODBYE, typically).</summary>
    public ConcurrentQueue<string> TrailingMessages { get; } = new();

    public async Task AssertCompletedAsync(int expectedConnections = -1)
    {
        var deadline = Task.Delay(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task[] sessions;
            lock (_sessions)
            {
                sessions = [.. _sessions];
            }

            var all = Task.WhenAll(sessions);
            if (await Task.WhenAny(all, deadline) == deadline)
            {
                _errors.Enqueue("A scripted connection did not finish within 10 s.");
                break;
            }

            lock (_sessions)
            {
                if (_sessions.Count == sessions.Length)
                {
                    break;
                }
            }
        }

        var expected = expectedConnections < 0 ? _scripts.Count : expectedConnections;
        if (ConnectionCount != expected)
        {
            _errors.Enqueue($"Expected {expected} connection(s), got {ConnectionCount}.");
        }

        Assert.True(_errors.IsEmpty, string.Join(Environment.NewLine, _errors));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var index = Interlocked.Increment(ref _connections) - 1;
            lock (_sessions)
            {
                _sessions.Add(Task.Run(() => PlayAsync(client, index)));
            }
        }
    }

    private async Task PlayAsync(TcpClient client, int index)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        if (index >= _scripts.Count)
        {
            _errors.Enqueue($"Connection {index + 1} was not expected: only {_scripts.Count} script(s).");
            return;
        }

        var script = _scripts[index];
        try
        {
            if (Certificate is not null)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsServerAsync(Certificate);
                stream = ssl;
            }

            var dialect = await HandshakeAsync(stream, script[0]);
            if (dialect is null)
            {
                return;
            }

            var reader = new ChunkReader(stream);
            using var incoming = new PooledByteBuffer();
            foreach (var step in script.Skip(1))
            {
                if (!await PlayStepAsync(step, stream, client, reader, incoming, dialect, index))
                {
                    return;
                }
            }

            await DrainAsync(reader, incoming, dialect, index);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or SocketException or AuthenticationException)
        {
            _errors.Enqueue($"Connection {index + 1}: the client went away mid-script ({ex.Message}).");
        }
    }

    private async Task<bool> PlayStepAsync(ScriptStep step, Stream stream, TcpClient client, ChunkReader reader, PooledByteBuffer incoming,
        PackStreamDialect dialect, int index)
    {
        switch (step)
        {
            case ScriptStep.ClientSends expected:
                var (name, fields) = await FakeWire.ReadClientMessageAsync(reader, incoming, dialect);
                if (name != expected.Name || fields.Count != expected.Fields.Count
                    || !expected.Fields.Zip(fields).All(pair => ValueMatcher.Matches(pair.First, pair.Second)))
                {
                    _errors.Enqueue($"Connection {index + 1}: expected  C: {ValueMatcher.RenderMessage(expected.Name, expected.Fields)}"
                        + $"{Environment.NewLine}  but the client sent {ValueMatcher.RenderMessage(name, fields)}");
                    return false;
                }

                return true;
            case ScriptStep.ServerSends reply:
                await FakeWire.SendAsync(stream, reply.Signature, reply.Fields, dialect);
                return true;
            case ScriptStep.Noop:
                await stream.WriteAsync(new byte[] { 0, 0 });
                return true;
            case ScriptStep.Silent(var duration):
                await Task.Delay(duration);
                return true;
            case ScriptStep.Close:
                await stream.FlushAsync();
                client.Client.Shutdown(SocketShutdown.Both);
                return false;
            default:
                _errors.Enqueue($"Connection {index + 1}: a handshake step can only come first.");
                return false;
        }
    }

    private async Task DrainAsync(ChunkReader reader, PooledByteBuffer incoming, PackStreamDialect dialect, int index)
    {
        while (true)
        {
            string name;
            IReadOnlyList<object?> fields;
            try
            {
                (name, fields) = await FakeWire.ReadClientMessageAsync(reader, incoming, dialect);
            }
            catch (Exception ex) when (ex is IOException or EndOfStreamException or SocketException)
            {
                return;
            }

            TrailingMessages.Enqueue(name);
            if (name != "GOODBYE")
            {
                _errors.Enqueue($"Connection {index + 1}: the script had ended but the client sent {ValueMatcher.RenderMessage(name, fields)}");
                return;
            }
        }
    }

    private async Task<PackStreamDialect?> HandshakeAsync(Stream stream, ScriptStep first)
    {
        var preamble = new byte[20];
        await stream.ReadExactlyAsync(preamble);
        Handshakes.Enqueue(preamble);
        if (!preamble.AsSpan(0, 4).SequenceEqual(BoltHandshake.Magic))
        {
            _errors.Enqueue($"Bad magic preamble {Convert.ToHexString(preamble, 0, 4)}.");
            return null;
        }

        var offered = Enumerable.Range(1, 4).Select(i => VersionRange.Read(preamble.AsSpan(i * 4, 4))).ToList();
        switch (first)
        {
            case ScriptStep.Handshake(var major, var minor):
                var version = new BoltProtocolVersion(major, minor);
                if (!offered.Any(range => range.Contains(version)))
                {
                    _errors.Enqueue($"The client did not offer {version}: {Convert.ToHexString(preamble)}.");
                    await stream.WriteAsync(new byte[4]);
                    return null;
                }

                await stream.WriteAsync(new byte[] { 0, 0, (byte)minor, (byte)major });
                NegotiatedVersions.Enqueue(version.ToString());
                return version.Dialect;
            case ScriptStep.ManifestHandshake manifest:
                return await ManifestAsync(stream, offered, manifest);
            case ScriptStep.RefuseHandshake:
                await stream.WriteAsync(new byte[4]);
                return null;
            default:
                _errors.Enqueue("A script must start with a '!: BOLT ...' handshake line.");
                return null;
        }
    }

    private async Task<PackStreamDialect?> ManifestAsync(Stream stream, List<VersionRange> offered, ScriptStep.ManifestHandshake manifest)
    {
        if (offered[0] != BoltHandshake.ManifestV1)
        {
            _errors.Enqueue("The client did not offer manifest v1 in its first slot.");
            return null;
        }

        var reply = new byte[4 + 10 + (manifest.Versions.Count * 4) + 10];
        new VersionRange(0xFF, 1, 0).Write(reply);
        var length = 4 + Varint.Write(reply.AsSpan(4), (ulong)manifest.Versions.Count);
        foreach (var (major, minor) in manifest.Versions)
        {
            new VersionRange(major, minor, 0).Write(reply.AsSpan(length));
            length += 4;
        }

        length += Varint.Write(reply.AsSpan(length), 0);
        await stream.WriteAsync(reply.AsMemory(0, length));
        var chosen = new byte[4];
        await stream.ReadExactlyAsync(chosen);
        _ = await Varint.ReadAsync(stream, CancellationToken.None);
        var range = VersionRange.Read(chosen);
        var version = new BoltProtocolVersion(range.Major, range.Minor);
        NegotiatedVersions.Enqueue(version.ToString());
        return BinaryPrimitives.ReadUInt32BigEndian(chosen) == 0 ? null : version.Dialect;
    }
}
