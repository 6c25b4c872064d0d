using CooperationGraph.Api.Errors;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Keeps a resolver's unexpected exception out of the response, as the host does for every other failure: the
/// client gets "Internal server error" with the correlation id at the field's path, the log gets the exception. A
/// <see cref="GraphQLError"/> is the resolver's deliberate message and passes, as does a cancellation. The engine's
/// resolver exception filter rather than a middleware: it costs a field that does not fail nothing (no await of its
/// own around every resolver, no task for every field that waits for a DataLoader).
/// </summary>
internal sealed partial class ResolverExceptionMasking(ILogger logger)
{
    public Exception Filter(Exception exception, ResolveFieldContext context)
    {
        if (exception is GraphQLError or OperationCanceledException)
        {
            return exception;
        }

        var correlationId = (context.Context as GraphQLRequestContext)?.CorrelationId;
        LogResolverFailed(logger, exception, context.ParentType.Name, context.FieldName, correlationId);
        return CodedGraphQLError.InternalServerError(correlationId);
    }

    [LoggerMessage(EventId = 31, EventName = "ResolverFailed", Level = LogLevel.Error,
        Message = "Resolver {ParentType}.{FieldName} failed (correlation id {CorrelationId})")]
    private static partial void LogResolverFailed(
        ILogger logger, Exception exception, string parentType, string fieldName, string? correlationId);
}
