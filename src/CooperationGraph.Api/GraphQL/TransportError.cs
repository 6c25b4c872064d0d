namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// A request the endpoint refuses before GraphQL sees it (unreadable body, wrong parameter types, unsupported
/// media type…), answered with the host's error body and <see cref="Status"/>.
/// </summary>
internal sealed record TransportError(int Status, string Code, string Message)
{
    public const string BadRequestCode = "BAD_REQUEST";

    public static TransportError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, BadRequestCode, message);

    /// <summary>A request that names a persisted query (Apollo's <c>extensions.persistedQuery</c>) instead of sending its document.</summary>
    public static TransportError PersistedQueryNotSupported(string message) =>
        new(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_NOT_SUPPORTED", message);

    public static TransportError NotAcceptable(string message) =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", message);

    public static TransportError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", message);

    public static TransportError MethodNotAllowed(string message) =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", message);
}
