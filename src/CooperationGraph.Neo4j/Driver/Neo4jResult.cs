using CooperationGraph.Neo4j.Bolt.Connection;
using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j;

/// <summary>
/// The records of one query, streamed: RUN is sent with a PULL of the fetch size, and each time the
/// server pauses with <c>has_more</c> the next PULL goes out only once the buffered batch is consumed.
/// Enumerate it once; <see cref="ConsumeAsync"/> discards what is left.
/// </summary>
public sealed class Neo4jResult : IAsyncEnumerable<Neo4jRecord>
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly long _queryId;
    private readonly Func<SuccessMessage?, Neo4jException?, ValueTask> _onCompleted;
    private readonly Queue<Neo4jRecord> _buffer = new();
    private StreamState _state = StreamState.Streaming;
    private Neo4jException? _error;

    private Neo4jResult(BoltConnection connection, IReadOnlyList<string> keys, long queryId, long fetchSize,
        Func<SuccessMessage?, Neo4jException?, ValueTask> onCompleted)
    {
        _connection = connection;
        Keys = keys;
        _queryId = queryId;
        _fetchSize = fetchSize;
        _onCompleted = onCompleted;
    }

    private enum StreamState
    {
        Streaming,
        Paused,
        Done,
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The summary, once the stream has ended; null before.</summary>
    public Neo4jResultSummary? Summary { get; private set; }

    internal bool IsOpen => _state != StreamState.Done;

    internal static async Task<Neo4jResult> StartAsync(BoltConnection connection, RunMessage run, long fetchSize, TelemetryApi? api,
        Func<SuccessMessage?, Neo4jException?, ValueTask> onCompleted, CancellationToken cancellationToken)
    {
        connection.NeedsReset = true;
        SuccessMessage success;
        try
        {
            var telemetry = api is { } which && connection.EnqueueTelemetry(which);
            connection.Enqueue(run);
            connection.Enqueue(new PullMessage(fetchSize));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (telemetry)
            {
                await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            }

            success = await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            await onCompleted(null, ex).ConfigureAwait(false);
            throw;
        }

        var keys = success.Get<List<object?>>("fields")?.Select(field => field as string ?? string.Empty).ToArray() ?? [];
        var queryId = success.Metadata.TryGetValue("qid", out var qid) && qid is long id ? id : StreamRequest.LastQuery;
        return new Neo4jResult(connection, keys, queryId, fetchSize, onCompleted);
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<Neo4jRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            while (_buffer.TryDequeue(out var record))
            {
                yield return record;
            }

            if (!await FetchBatchAsync(cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>Reads every remaining record into a list.</summary>
    public async Task<IReadOnlyList<Neo4jRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<Neo4jRecord>();
        await foreach (var record in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Discards the remaining records (DISCARD for what the server still holds) and returns the summary.</summary>
    public async Task<Neo4jResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffer.Clear();
        while (_state != StreamState.Done)
        {
            if (_state == StreamState.Paused)
            {
                await SendAsync(new DiscardMessage(-1, _queryId), cancellationToken).ConfigureAwait(false);
            }

            await ReadBatchAsync(keep: false, cancellationToken).ConfigureAwait(false);
        }

        return Summary ?? throw _error!;
    }

    /// <summary>Reads the batch in flight into memory and DISCARDs what the server still holds, freeing the connection.</summary>
    internal async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_state == StreamState.Streaming)
        {
            await ReadBatchAsync(keep: true, cancellationToken).ConfigureAwait(false);
        }

        if (_state == StreamState.Paused)
        {
            await SendAsync(new DiscardMessage(-1, _queryId), cancellationToken).ConfigureAwait(false);
            await ReadBatchAsync(keep: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pulls everything the server still holds into memory, so the connection is free for the next request.</summary>
    internal async Task BufferAsync(CancellationToken cancellationToken)
    {
        while (await FetchBatchAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    private async ValueTask<bool> FetchBatchAsync(CancellationToken cancellationToken)
    {
        if (_state == StreamState.Done)
        {
            return _error is null ? false : throw _error;
        }

        if (_state == StreamState.Paused)
        {
            await SendAsync(new PullMessage(_fetchSize, _queryId), cancellationToken).ConfigureAwait(false);
        }

        await ReadBatchAsync(keep: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async ValueTask SendAsync(IRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            _connection.Enqueue(request);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            _state = StreamState.Streaming;
        }
        catch (Neo4jException ex)
        {
            await CompleteAsync(null, ex).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads RECORDs up to the summary of the PULL or DISCARD in flight.</summary>
    private async ValueTask ReadBatchAsync(bool keep, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                switch (await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false))
                {
                    case RecordMessage record when keep:
                        _buffer.Enqueue(new Neo4jRecord(Keys, record.Fields));
                        break;
                    case RecordMessage:
                        break;
                    case SuccessMessage { HasMore: true }:
                        _state = StreamState.Paused;
                        return;
                    case SuccessMessage success:
                        await CompleteAsync(success, null).ConfigureAwait(false);
                        return;
                    case FailureMessage failure:
                        var error = await _connection.RecoverAsync(failure, cancellationToken).ConfigureAwait(false);
                        await CompleteAsync(null, error).ConfigureAwait(false);
                        if (keep && _buffer.Count > 0)
                        {
                            // Records that arrived before the failure are still delivered; the error follows them.
                            return;
                        }

                        throw error;
                    default:
                        throw await _connection.RecoverAsync(null, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Neo4jException ex) when (_state != StreamState.Done)
        {
            await CompleteAsync(null, ex).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask CompleteAsync(SuccessMessage? success, Neo4jException? error)
    {
        _state = StreamState.Done;
        _error = error;
        if (success is not null)
        {
            Summary = new Neo4jResultSummary(success.Metadata);
        }

        await _onCompleted(success, error).ConfigureAwait(false);
    }
}
