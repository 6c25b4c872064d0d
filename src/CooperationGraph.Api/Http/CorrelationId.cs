using System.Diagnostics;

namespace CooperationGraph.Api.Http;

/// <summary>
/// The id that ties a response, its log entries and an error report together. A caller may send its own in
/// <see cref="HeaderName"/> so one id follows a request across services; anything else gets a fresh id.
/// </summary>
internal static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    private const int LongestAccepted = 64;

    private static readonly AsyncLocal<string?> s_current = new();

    /// <summary>The request's correlation id; the middleware stores it as the trace identifier.</summary>
    public static string Of(HttpContext context) => context.TraceIdentifier;

    /// <summary>
    /// The id of the request the calling code runs for, if any: every log event written meanwhile carries it
    /// (<c>CorrelationIdEnricher</c>). Set by <see cref="CorrelationIdMiddleware"/> for the rest of the pipeline.
    /// </summary>
    public static string? Current
    {
        get => s_current.Value;
        internal set => s_current.Value = value;
    }

    public static string Choose(string? offered) =>
        IsAcceptable(offered) ? offered! : NewId();

    // Ids are echoed into logs and headers, so only a short, plain alphabet is taken from the caller.
    internal static bool IsAcceptable(string? offered) =>
        !string.IsNullOrEmpty(offered)
        && offered.Length <= LongestAccepted
        && offered.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    private static string NewId() =>
        Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : Guid.NewGuid().ToString("N");
}
