namespace CooperationGraph.Analytics;

/// <summary>
/// Bad input to an analytics algorithm (an unknown node, an out-of-range parameter, a graph the algorithm
/// cannot handle) or a power iteration that did not converge. <see cref="Code"/> says which.
/// </summary>
public sealed class AnalyticsException : Exception
{
    /// <summary>Creates an error with a machine-readable code and a human-readable message.</summary>
    /// <param name="code">The machine-readable code.</param>
    /// <param name="message">What went wrong, naming the offending value.</param>
    public AnalyticsException(AnalyticsErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates an error with the <see cref="AnalyticsErrorCode.InvalidArgument"/> code.</summary>
    public AnalyticsException()
        : this(AnalyticsErrorCode.InvalidArgument, "Invalid analytics input.")
    {
    }

    /// <summary>Creates an error with the <see cref="AnalyticsErrorCode.InvalidArgument"/> code.</summary>
    /// <param name="message">What went wrong.</param>
    public AnalyticsException(string message)
        : this(AnalyticsErrorCode.InvalidArgument, message)
    {
    }

    /// <summary>Creates an error with the <see cref="AnalyticsErrorCode.InvalidArgument"/> code.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AnalyticsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = AnalyticsErrorCode.InvalidArgument;
    }

    /// <summary>Which kind of error this is.</summary>
    public AnalyticsErrorCode Code { get; }
}
