namespace CooperationGraph.Api.Configuration;

/// <summary>Bounds on one request, bound from the <c>Limits</c> section.</summary>
internal sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>The largest request body Kestrel accepts, in bytes.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The longest request target (path and query string) answered; longer ones get 414.</summary>
    public int MaxRequestTargetBytes { get; set; } = 8 * 1024;

    /// <summary>The largest total of request header fields answered; larger ones get 431.</summary>
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>The most request header fields answered; more get 431.</summary>
    public int MaxHeaderCount { get; set; } = 100;

    /// <summary>How long a request may run before it is cancelled and answered 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
