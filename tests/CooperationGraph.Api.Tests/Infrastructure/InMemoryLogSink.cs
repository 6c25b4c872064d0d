using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CooperationGraph.Api.Tests.Infrastructure;

public sealed class InMemoryLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>
    /// The request log line is written after the response has reached the client, so a test waits for it
    /// (bounded) instead of reading the sink at once.
    /// </summary>
    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _events.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("No log event matched; saw: " + string.Join(" | ", _events.Select(e => e.RenderMessage())));
            }
            await Task.Delay(20);
        }
    }
}
