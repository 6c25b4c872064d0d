using CooperationGraph.Api.Telemetry;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Gives every request error (a response without <c>data</c>: the document did not parse, validate or coerce its
/// variables) an <c>extensions.code</c>, as the host's own errors and the engine's limit errors have, so that a client
/// can tell every refusal apart by its code: <c>GRAPHQL_PARSE_FAILED</c> or <c>GRAPHQL_VALIDATION_FAILED</c>. The engine
/// stays graphql-js's, code-less; the host adds them on this rare path only.
/// </summary>
internal static class RequestErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The result with every request error coded; every error's code is counted (<c>api.errors</c>) on the way.</summary>
    public static ExecutionResult Apply(ExecutionResult result)
    {
        var coded = Code(result);
        Count(coded);
        return coded;
    }

    /// <summary>Counts every error of an answer about to be sent (<c>api.errors</c>), by its code.</summary>
    public static void Count(ExecutionResult answered)
    {
        if (answered.Errors is { Count: > 0 } errors && ApiTelemetry.Errors.Enabled)
        {
            foreach (var error in errors)
            {
                ApiTelemetry.RecordError(error.Extensions?.GetValueOrDefault("code") as string ?? "UNCODED");
            }
        }
    }

    /// <summary>The result with every request error coded, nothing counted yet.</summary>
    public static ExecutionResult Code(ExecutionResult result)
    {
        if (result.HasData || result.Errors is not { Count: > 0 } errors || errors.All(static error => error.Extensions?.ContainsKey("code") == true))
        {
            return result;
        }

        var coded = errors.Select(static error => error.Extensions?.ContainsKey("code") == true ? error : WithCode(error)).ToList();
        return ExecutionResult.FromErrors(coded) is var refused && result.Extensions is { } extensions
            ? refused.WithExtensions(extensions)
            : refused;
    }

    private static GraphQLError WithCode(GraphQLError error)
    {
        var code = error.Message.StartsWith("Syntax Error", StringComparison.Ordinal) ? ParseFailed : ValidationFailed;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in error.Extensions ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return new GraphQLError(error.Message, error.Nodes, error.DocumentSource, error.Positions, error.Path, error.InnerException, extensions);
    }
}
