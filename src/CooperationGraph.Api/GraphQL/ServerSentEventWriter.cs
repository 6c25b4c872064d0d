using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Frames graphql-sse messages on an event stream: <c>event: next</c> with one GraphQL response as
/// <c>data</c>, <c>event: complete</c>, and comment lines as keep-alives. Writes are serialized, because the
/// keep-alive timer and the event loop share the stream.
/// </summary>
internal sealed class ServerSentEventWriter(PipeWriter body) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    private static ReadOnlySpan<byte> NextPrefix => "event: next\ndata: "u8;

    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;

    // An empty data line makes browsers' EventSource dispatch the event; with no data line it would drop it.
    private static ReadOnlySpan<byte> Complete => "event: complete\ndata:\n\n"u8;

    private static ReadOnlySpan<byte> KeepAlive => ":\n\n"u8;

    /// <summary>A <c>next</c> event. Compact JSON escapes line breaks inside strings, so the data is one line.</summary>
    public Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken) => WriteFrameAsync(body =>
    {
        body.Write(NextPrefix);
        using (var writer = new Utf8JsonWriter(body, ExecutionResultWriter.WriterOptions))
        {
            result.WriteTo(writer);
        }
        body.Write(EventEnd);
    }, cancellationToken);

    public Task WriteCompleteAsync(CancellationToken cancellationToken) =>
        WriteFrameAsync(static body => body.Write(Complete), cancellationToken);

    public Task WriteKeepAliveAsync(CancellationToken cancellationToken) =>
        WriteFrameAsync(static body => body.Write(KeepAlive), cancellationToken);

    public void Dispose() => _lock.Dispose();

    private async Task WriteFrameAsync(Action<PipeWriter> frame, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            frame(body);
            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }
}
