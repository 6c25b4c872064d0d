using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Subscribe and MapSourceToResponseEvent of the specification.</summary>
internal static class Subscription
{
    public static async IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionArgs args, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Executor.TryBuildContext(args, out var context, out var failure))
        {
            yield return failure;
            yield break;
        }

        var (stream, error) = await CreateSourceEventStreamAsync(context).ConfigureAwait(false);
        if (stream is null)
        {
            yield return ExecutionResult.FromErrors([error!]);
            yield break;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, args.CancellationToken);
        await foreach (var payload in stream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            // Each event is executed afresh, with its own errors, as the root value of the selection set.
            var eventContext = new ExecutionContext(args, context.Operation, context.Fragments, context.VariableValues);
            var data = await new OperationExecutor(eventContext).ExecuteOperationAsync(payload).ConfigureAwait(false);
            yield return ExecutionResult.FromData(data, eventContext.Errors);
        }
    }

    private static async Task<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(ExecutionContext context)
    {
        var operation = context.Operation;
        var rootType = context.Schema.Subscription;
        if (rootType is null)
        {
            return (null, new GraphQLError("Schema is not configured to execute subscription operation.", [operation]));
        }

        OrderedDictionary<string, List<FieldNode>> fields;
        try
        {
            fields = context.Fields.CollectFields(rootType, operation.SelectionSet);
        }
        catch (GraphQLError error)
        {
            // A root @skip/@include whose argument fails to coerce, as graphql-js's createSourceEventStream reports it.
            return (null, error);
        }

        if (fields.Count == 0)
        {
            return (null, new GraphQLError("Subscription operation has no fields.", [operation]));
        }

        var (responseName, fieldNodes) = fields.GetAt(0);
        var fieldName = fieldNodes[0].Name.Value;
        var field = rootType.GetField(fieldName);
        if (field is null)
        {
            return (null, new GraphQLError($"The subscription field \"{fieldName}\" is not defined.", fieldNodes));
        }

        var path = new ResponsePath(null, responseName, rootType.Name);
        try
        {
            var plan = new FieldPlan(rootType, responseName, fieldNodes, field);
            plan.Arguments(context);
            var resolveContext = new ResolveFieldContext(context, plan, context.RootValue, parent: null);
            if (field.Subscribe is { } subscribe)
            {
                return (await subscribe(resolveContext).ConfigureAwait(false), null);
            }

            object? resolved;
            try
            {
                resolved = await context.GetPipeline(field)(resolveContext).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && context.ResolverExceptionFilter is { } filter)
            {
                var reported = filter(exception, resolveContext);
                if (ReferenceEquals(reported, exception))
                {
                    throw;
                }

                throw reported;
            }

            if (resolved is IAsyncEnumerable<object?> stream)
            {
                return (stream, null);
            }

            return (null, new GraphQLError($"Subscription field must return Async Iterable. Received: {Utilities.Inspect.Format(resolved)}.", fieldNodes, path: path.ToList()));
        }
        catch (GraphQLError error) when (error.Path is not null)
        {
            return (null, error);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var message = exception.Message;
            return (null, new GraphQLError(message, fieldNodes, path: path.ToList(), originalError: exception));
        }
    }
}
