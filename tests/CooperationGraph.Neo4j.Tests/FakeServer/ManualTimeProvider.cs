namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>A clock the test moves by hand (timers still run on real time, so retry delays stay short and real).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks = TimeSpan.FromDays(1).Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch.AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
