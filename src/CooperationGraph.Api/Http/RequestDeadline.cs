using Microsoft.AspNetCore.Http.Timeouts;

namespace CooperationGraph.Api.Http;

/// <summary>
/// One request's deadline (<see cref="RequestDeadlines"/>): the token the request sees as
/// <see cref="HttpContext.RequestAborted"/>, cancelled when the client goes away or the deadline passes, and the
/// request's <see cref="IHttpRequestTimeoutFeature"/>.
/// </summary>
/// <remarks>
/// The state moves once, from running to expired, disabled or finished, whichever comes first: the shared timer,
/// <see cref="DisableTimeout"/> and the end of the request may race, and only the winner acts.
/// </remarks>
internal sealed class RequestDeadline : IHttpRequestTimeoutFeature
{
    private const int Running = 0;
    private const int Expired = 1;
    private const int Disabled = 2;
    private const int Finished = 3;

    private readonly RequestDeadlines _owner;
    private readonly CancellationTokenSource _aborted = new();
    private CancellationTokenSource? _timedOut;
    private CancellationTokenRegistration _clientAbort;
    private int _state;

    internal RequestDeadline(RequestDeadlines owner, long expiresAt, CancellationToken clientAborted)
    {
        _owner = owner;
        ExpiresAt = expiresAt;
        ClientAborted = clientAborted;
        // The client's token cancels the request's own; no linked source, and no timer: the owner's tick expires it.
        _clientAbort = clientAborted.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _aborted);
    }

    /// <summary>The <see cref="TimeProvider"/> timestamp after which the request is cancelled.</summary>
    public long ExpiresAt { get; }

    /// <summary>The token the server gave the request: cancelled only when the client goes away.</summary>
    public CancellationToken ClientAborted { get; }

    /// <summary>What the request sees as <see cref="HttpContext.RequestAborted"/>.</summary>
    public CancellationToken Token => _aborted.Token;

    /// <summary>Whether the deadline passed while the request ran (not after it was disabled or finished).</summary>
    public bool HasExpired => Volatile.Read(ref _state) == Expired;

    /// <inheritdoc />
    public CancellationToken RequestTimeoutToken
    {
        get
        {
            if (Volatile.Read(ref _timedOut) is { } existing)
            {
                return existing.Token;
            }

            // Rarely asked for (after a cancellation, to tell a timeout from a client that left), so made on demand.
            var fresh = new CancellationTokenSource();
            var source = Interlocked.CompareExchange(ref _timedOut, fresh, null) ?? fresh;
            // Made after the deadline passed: the expiry may have looked for it before it existed.
            if (HasExpired)
            {
                source.Cancel();
            }
            return source.Token;
        }
    }

    // Entries of the owner's list of running requests, in order of expiry; guarded by the owner's lock.
    internal RequestDeadline? Previous { get; set; }

    internal RequestDeadline? Next { get; set; }

    internal bool IsListed { get; set; }

    /// <inheritdoc />
    public void DisableTimeout()
    {
        if (Interlocked.CompareExchange(ref _state, Disabled, Running) == Running)
        {
            _owner.Forget(this);
        }
    }

    /// <summary>Called by the owner's tick once the deadline has passed; cancels the request unless it already ended.</summary>
    internal void Expire()
    {
        if (Interlocked.CompareExchange(ref _state, Expired, Running) != Running)
        {
            return;
        }

        Volatile.Read(ref _timedOut)?.Cancel();
        _aborted.Cancel();
    }

    /// <summary>The request has ended: the timer forgets it and the client's token lets go of it.</summary>
    internal void Finish()
    {
        if (Interlocked.CompareExchange(ref _state, Finished, Running) == Running)
        {
            _owner.Forget(this);
        }

        // Waits for a cancellation callback already running on another thread, so none fires after the request.
        _clientAbort.Dispose();
    }
}
