namespace CooperationGraph.Api.Errors;

/// <summary>The <c>extensions.code</c> values the host itself answers with, in GraphQL's error shape.</summary>
internal static class ApiErrorCode
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    public const string BadRequest = "BAD_REQUEST";

    public const string NotFound = "NOT_FOUND";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    public const string RateLimited = "RATE_LIMITED";

    public const string RequestTimeout = "REQUEST_TIMEOUT";

    public const string UriTooLong = "URI_TOO_LONG";

    public const string HeadersTooLarge = "REQUEST_HEADERS_TOO_LARGE";

    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>The code and message for a status the host answers without a body of its own.</summary>
    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (BadRequest, "Bad request"),
        StatusCodes.Status404NotFound => (NotFound, "Not found"),
        StatusCodes.Status405MethodNotAllowed => (MethodNotAllowed, "Method not allowed"),
        StatusCodes.Status408RequestTimeout => (RequestTimeout, "The request body arrived too slowly"),
        StatusCodes.Status413PayloadTooLarge => (PayloadTooLarge, "Request body too large"),
        StatusCodes.Status414UriTooLong => (UriTooLong, "Request target too long"),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => (HeadersTooLarge, "Request header fields too large"),
        StatusCodes.Status429TooManyRequests => (RateLimited, "Too many requests"),
        StatusCodes.Status503ServiceUnavailable => (ServiceUnavailable, "Service unavailable"),
        StatusCodes.Status504GatewayTimeout => (RequestTimeout, "Request timed out"),
        >= 500 => (InternalServerError, "Internal server error"),
        _ => (BadRequest, "Request failed"),
    };
}
