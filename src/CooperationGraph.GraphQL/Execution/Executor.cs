using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Executes operations (specification chapter 6): queries in parallel, mutations serially, subscriptions as streams.</summary>
public static class Executor
{
    /// <summary>Executes a query or mutation of a validated document.</summary>
    /// <param name="args">The schema, document and request values.</param>
    /// <returns>The response. Errors raised before execution give a response without <c>data</c>.</returns>
    /// <exception cref="OperationCanceledException">The cancellation token was signalled.</exception>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!TryBuildContext(args, out var context, out var failure))
        {
            return failure;
        }

        var executor = new OperationExecutor(context);
        var data = await executor.ExecuteOperationAsync(args.RootValue).ConfigureAwait(false);
        return ExecutionResult.FromData(data, context.Errors);
    }

    /// <summary>
    /// Subscribes to a subscription operation: resolves the source stream of its single root field and executes the
    /// selection set once per event. Errors raised before the stream exists are yielded as one response.
    /// </summary>
    /// <param name="args">The schema, document and request values.</param>
    /// <returns>The response stream; it ends when the source stream ends or the token is cancelled.</returns>
    public static IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Subscription.SubscribeAsync(args);
    }

    internal static bool TryBuildContext(ExecutionArgs args, out ExecutionContext context, out ExecutionResult failure)
    {
        context = null!;
        failure = null!;
        var schemaErrors = args.Schema.Validate();
        if (schemaErrors.Count > 0)
        {
            failure = ExecutionResult.FromErrors(schemaErrors);
            return false;
        }

        OperationDefinitionNode? operation = null;
        var definitions = args.Document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (args.OperationName is null)
            {
                if (operation is not null)
                {
                    failure = ExecutionResult.FromErrors([new GraphQLError("Must provide operation name if query contains multiple operations.")]);
                    return false;
                }

                operation = candidate;
            }
            else if (candidate.Name?.Value == args.OperationName)
            {
                operation = candidate;
            }
        }

        if (operation is null)
        {
            var message = args.OperationName is null ? "Must provide an operation." : $"Unknown operation named \"{args.OperationName}\".";
            failure = ExecutionResult.FromErrors([new GraphQLError(message)]);
            return false;
        }

        var variables = Values.CoerceVariableValues(args.Schema, operation.VariableDefinitions, args.VariableValues, out var variableErrors);
        if (variableErrors.Count > 0)
        {
            failure = ExecutionResult.FromErrors(variableErrors);
            return false;
        }

        context = new ExecutionContext(args, operation, OperationPlan.FragmentsOf(args.Document), variables);
        return true;
    }
}
