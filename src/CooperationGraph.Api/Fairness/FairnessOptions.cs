namespace CooperationGraph.Api.Fairness;

/// <summary>
/// The expensive lane, bound from the <c>Fairness</c> section: operations whose estimated cost reaches
/// <see cref="CheapCost"/> run a few at a time (overall and per client IP) after a bounded wait, so that a handful of
/// heavy queries cannot starve the cheap lookups that bypass the lane.
/// </summary>
internal sealed class FairnessOptions
{
    public const string Section = "Fairness";

    /// <summary>Whether expensive operations go through the lane at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Operations estimated below this cost bypass the lane. Above the ordinary questions of a planner or a dashboard
    /// (a city's partners with their places and evidence is estimated at 1,900; a dashboard page at about 1,300), which
    /// the lane would otherwise run one at a time per client, and far below the fan-outs it exists for (20,000–100,000).
    /// </summary>
    public long CheapCost { get; set; } = 5_000;

    /// <summary>How many expensive operations run at once, over all clients.</summary>
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How many expensive operations of one client IP run at once.</summary>
    public int MaxConcurrentPerClient { get; set; } = 1;

    /// <summary>How many expensive operations may wait for the lane, over all clients; beyond it, 503 <c>OVERLOADED</c>.</summary>
    public int QueueLimit { get; set; } = 64;

    /// <summary>How many expensive operations of one client IP may wait; beyond it, 429 <c>RATE_LIMITED</c>.</summary>
    public int QueueLimitPerClient { get; set; } = 16;

    /// <summary>The longest wait for the lane; then 503 <c>OVERLOADED</c>.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After expensive operations have allocated this many bytes on the lane since the last gen0 collection, the lane
    /// collects gen0 between two operations, when their objects are garbage, rather than letting the runtime collect
    /// in the middle of the next one (see <see cref="LaneCollector"/>); 0 leaves collections to the runtime.
    /// </summary>
    public long CollectAfterBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How the lane's threads are scheduled: <c>Idle</c> (Linux's idle class: the lane runs on the CPU time the cheap
    /// requests leave) or <c>Normal</c> (like every other thread; throughput of expensive operations first).
    /// </summary>
    public LanePriority LanePriority { get; set; } = LanePriority.Idle;

    /// <summary>
    /// How long an expensive operation runs on the lane before it offers its core to any thread waiting for one
    /// (<see cref="LanePacer"/>): about the longest a cheap request's thread waits behind it. Zero never offers.
    /// </summary>
    public TimeSpan LaneYieldInterval { get; set; } = TimeSpan.FromMilliseconds(0.2);

    /// <summary>
    /// How long the lane must be idle after expensive operations before the service gives the memory they made the
    /// heap grow by back to the system (<see cref="LaneTrimmer"/>: one full collection); zero keeps it.
    /// </summary>
    public TimeSpan TrimAfterIdle { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest response body, in bytes; a larger answer is replaced by a <c>RESPONSE_TOO_LARGE</c> error.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;
}
