namespace CooperationGraph.Domain.Store;

/// <summary>A request the store refused, with a stable <see cref="GraphStoreErrorCode"/> for API error mapping.</summary>
public sealed class GraphStoreException : Exception
{
    /// <summary>Creates an exception without a code (required by the exception pattern; code is <see cref="GraphStoreErrorCode.InvalidArgument"/>).</summary>
    public GraphStoreException()
        : this(GraphStoreErrorCode.InvalidArgument, "The graph store refused the request.")
    {
    }

    /// <summary>Creates an exception with a message (code <see cref="GraphStoreErrorCode.InvalidArgument"/>).</summary>
    /// <param name="message">What was wrong.</param>
    public GraphStoreException(string message)
        : this(GraphStoreErrorCode.InvalidArgument, message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (code <see cref="GraphStoreErrorCode.InvalidArgument"/>).</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = GraphStoreErrorCode.InvalidArgument;
    }

    /// <summary>Creates an exception with a code and a message.</summary>
    /// <param name="code">Why the request was refused.</param>
    /// <param name="message">What was wrong, naming the offending id or argument.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public GraphStoreException(GraphStoreErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Why the request was refused.</summary>
    public GraphStoreErrorCode Code { get; }
}
