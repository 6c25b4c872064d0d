using CooperationGraph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Http;

/// <summary>
/// The deadlines of the running requests (<c>Limits:RequestTimeout</c>), checked by one shared timer instead of a
/// timer and a linked token source per request (ASP.NET Core's request-timeouts middleware): at a few requests per
/// millisecond, the timers' creation and removal were a measurable share of a small request's processor time.
/// </summary>
/// <remarks>
/// Every request gets the same timeout, so the requests are listed in order of expiry by appending them; a tick
/// expires the head of the list until it reaches one still in time. A request is cancelled at most one
/// <see cref="Tick"/> after its deadline.
/// </remarks>
internal sealed class RequestDeadlines : IDisposable
{
    private static readonly TimeSpan s_longestTick = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_shortestTick = TimeSpan.FromMilliseconds(5);
    private static readonly Action<(RequestDeadlines, RequestDeadline)> s_expire = Expire;

    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly long _timeoutTicks;
    private readonly ILogger<RequestDeadlines> _logger;
    private readonly ITimer _timer;
    private RequestDeadline? _first;
    private RequestDeadline? _last;

    public RequestDeadlines(IOptions<RequestLimitOptions> limits, TimeProvider time, ILogger<RequestDeadlines> logger)
    {
        _time = time;
        _logger = logger;
        Timeout = limits.Value.RequestTimeout;
        _timeoutTicks = (long)(Timeout.TotalSeconds * time.TimestampFrequency);
        Tick = TimeSpan.FromTicks(Math.Clamp(Timeout.Ticks / 10, s_shortestTick.Ticks, s_longestTick.Ticks));
        _timer = time.CreateTimer(static state => ((RequestDeadlines)state!).ExpireOverdue(), this, Tick, Tick);
    }

    /// <summary>How long a request may run.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How often the deadlines are checked: a tenth of the timeout, between 5 and 50 ms.</summary>
    public TimeSpan Tick { get; }

    /// <summary>Starts the deadline of a request whose client's token is <paramref name="clientAborted"/>.</summary>
    public RequestDeadline Start(CancellationToken clientAborted)
    {
        lock (_lock)
        {
            // Taken under the lock, so the list stays in order of expiry.
            var deadline = new RequestDeadline(this, _time.GetTimestamp() + _timeoutTicks, clientAborted);
            deadline.Previous = _last;
            if (_last is null)
            {
                _first = deadline;
            }
            else
            {
                _last.Next = deadline;
            }
            _last = deadline;
            deadline.IsListed = true;
            return deadline;
        }
    }

    /// <summary>Takes a finished or disabled deadline off the list.</summary>
    internal void Forget(RequestDeadline deadline)
    {
        lock (_lock)
        {
            Unlist(deadline);
        }
    }

    /// <summary>
    /// Expires every listed deadline that has passed, on the thread pool (the timer's callback; tests call it directly).
    /// </summary>
    internal void ExpireOverdue()
    {
        var now = _time.GetTimestamp();
        List<RequestDeadline>? overdue = null;
        lock (_lock)
        {
            while (_first is { } first && first.ExpiresAt <= now)
            {
                Unlist(first);
                (overdue ??= []).Add(first);
            }
        }

        // Outside the lock, and each on the pool: cancellation runs the request's callbacks, and an awaiting request
        // may go on with its work on the cancelling thread; one that takes long must not hold up the others' deadlines.
        foreach (var deadline in overdue ?? [])
        {
            ThreadPool.UnsafeQueueUserWorkItem(s_expire, (this, deadline), preferLocal: false);
        }
    }

    private static void Expire((RequestDeadlines Owner, RequestDeadline Deadline) overdue)
    {
        try
        {
            overdue.Deadline.Expire();
        }
        catch (AggregateException exception)
        {
            // A callback of the request's token threw: reported, not allowed to end the process from a pool thread.
            overdue.Owner._logger.LogWarning(exception, "A cancellation callback failed when a request timed out");
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Unlist(RequestDeadline deadline)
    {
        if (!deadline.IsListed)
        {
            return;
        }

        if (deadline.Previous is { } previous)
        {
            previous.Next = deadline.Next;
        }
        else
        {
            _first = deadline.Next;
        }

        if (deadline.Next is { } next)
        {
            next.Previous = deadline.Previous;
        }
        else
        {
            _last = deadline.Previous;
        }

        deadline.Previous = null;
        deadline.Next = null;
        deadline.IsListed = false;
    }
}
