namespace CooperationGraph.Api.Configuration;

/// <summary>Bounds on one request, bound from the <c>Limits</c> section.</summary>
internal sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>The largest request body Kestrel accepts, in bytes.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a request may run before it is cancelled and answered 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
