using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.Api.Errors;

/// <summary>
/// A GraphQL error the host itself reports, in the shape of its HTTP error bodies: a message, an
/// <see cref="ApiErrorCode"/> and the request's correlation id, so that a client can quote it to an operator.
/// </summary>
internal static class CodedGraphQLError
{
    public static GraphQLError Create(string code, string message, string? correlationId) => new(message, extensions: new Dictionary<string, object?>
    {
        ["code"] = code,
        ["correlationId"] = correlationId,
    });

    /// <summary>What a client sees of a failure the host masks: no detail, only where to look it up.</summary>
    public static GraphQLError InternalServerError(string? correlationId) =>
        Create(ApiErrorCode.InternalServerError, "Internal server error", correlationId);
}
