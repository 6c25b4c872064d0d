namespace CooperationGraph.Api.Fairness;

/// <summary>The <c>extensions.code</c> values of the expensive lane and the response bound (with the host's <c>RATE_LIMITED</c> and <c>REQUEST_TIMEOUT</c>).</summary>
internal static class FairnessErrorCode
{
    /// <summary>The server has too much expensive work waiting: 503 with Retry-After.</summary>
    public const string Overloaded = "OVERLOADED";

    /// <summary>The answer would be larger than <c>Fairness:MaxResponseBytes</c>.</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
}
