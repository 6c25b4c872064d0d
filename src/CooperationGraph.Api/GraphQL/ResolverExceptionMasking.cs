using CooperationGraph.Api.Errors;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Field middleware that keeps a resolver's unexpected exception out of the response, as the host does for
/// every other failure: the client gets "Internal server error" with the correlation id at the field's path,
/// the log gets the exception. A <see cref="GraphQLError"/> is the resolver's deliberate message and passes.
/// </summary>
internal sealed partial class ResolverExceptionMasking(ILogger logger)
{
    public async ValueTask<object?> InvokeAsync(ResolveFieldContext context, FieldResolver next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is not GraphQLError and not OperationCanceledException)
        {
            var correlationId = (context.Context as GraphQLRequestContext)?.CorrelationId;
            LogResolverFailed(logger, exception, context.ParentType.Name, context.FieldName, correlationId);
            throw new GraphQLError("Internal server error", extensions: new Dictionary<string, object?>
            {
                ["code"] = ApiErrorCode.InternalServerError,
                ["correlationId"] = correlationId,
            });
        }
    }

    [LoggerMessage(EventId = 31, EventName = "ResolverFailed", Level = LogLevel.Error,
        Message = "Resolver {ParentType}.{FieldName} failed (correlation id {CorrelationId})")]
    private static partial void LogResolverFailed(
        ILogger logger, Exception exception, string parentType, string fieldName, string? correlationId);
}
