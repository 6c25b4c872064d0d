using System.Runtime.ExceptionServices;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation. Each step returns a <see cref="ValueTask{TResult}"/>: synchronous resolvers and their
/// completion never allocate a task; asynchronous ones are started together and awaited as a group, so sibling
/// query fields run concurrently. A null that must propagate travels as a thrown, already located error.
/// </summary>
internal sealed partial class OperationExecutor(ExecutionContext context)
{
    // Marks a field the schema does not define: it is left out of the response, as graphql-js leaves it out.
    private static readonly object Skipped = new();

    public async ValueTask<ResultMap?> ExecuteOperationAsync(object? rootValue)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            context.AddError(new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                [operation]));
            return null;
        }

        try
        {
            // Inside the try: a root @skip/@include whose argument fails to coerce is a request error with data null.
            var fields = context.Fields.CollectFields(rootType, operation.SelectionSet);
            var pending = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSeriallyAsync(rootType, rootValue, fields)
                : ExecuteFields(rootType, rootValue, null, fields);
            return (ResultMap?)(pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false));
        }
        catch (GraphQLError error)
        {
            context.AddError(error);
            return null;
        }
    }

    public ValueTask<object?> ExecuteFields(GraphQLObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var result = new ResultMap(fields.Count);
        List<Task>? pending = null;
        try
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var (key, nodes) = fields.GetAt(i);
                var value = ExecuteField(parentType, source, nodes, path, key);
                if (value.IsCompletedSuccessfully)
                {
                    var completed = value.Result;
                    if (!ReferenceEquals(completed, Skipped))
                    {
                        result.Add(key, completed);
                    }
                }
                else
                {
                    (pending ??= []).Add(StoreAsync(value, result, result.Reserve(key)));
                }
            }
        }
        catch (Exception exception) when (pending is not null)
        {
            return new ValueTask<object?>(WaitThenRethrowAsync(pending, ExceptionDispatchInfo.Capture(exception)));
        }

        return pending is null ? new ValueTask<object?>(result) : new ValueTask<object?>(WhenAllAsync(pending, result));
    }

    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(GraphQLObjectType parentType, object? source, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var result = new ResultMap(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields.GetAt(i);
            var value = await ExecuteField(parentType, source, nodes, null, key).ConfigureAwait(false);
            if (!ReferenceEquals(value, Skipped))
            {
                result.Add(key, value);
            }
        }

        return result;
    }

    private ValueTask<object?> ExecuteField(GraphQLObjectType parentType, object? source, List<FieldNode> fieldNodes, ResponsePath? parentPath, string key)
    {
        var fieldNode = fieldNodes[0];
        var field = GetFieldDefinition(parentType, fieldNode.Name.Value);
        if (field is null)
        {
            return new ValueTask<object?>(Skipped);
        }

        if (field.Resolve is null && field.Arguments.Count == 0 && context.ResolvesLeavesByDefault && field.IsLeaf)
        {
            return new ValueTask<object?>(ExecuteDefaultLeafField(parentType, source, field, fieldNodes, parentPath, key));
        }

        var path = new ResponsePath(parentPath, key, parentType.Name);
        var returnType = field.Type;
        ResolveFieldContext resolveContext;
        ValueTask<object?> resolved;
        try
        {
            var arguments = field.Arguments.Count == 0
                ? Values.NoArguments
                : Values.GetArgumentValues(field.Arguments, fieldNode.Arguments, fieldNode, context.VariableValues);
            resolveContext = new ResolveFieldContext(context, source, field, parentType, fieldNodes, arguments, path);
            resolved = context.GetPipeline(field)(resolveContext);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, returnType, fieldNodes, path));
        }

        if (!resolved.IsCompletedSuccessfully)
        {
            return ResolveThenCompleteAsync(resolved, resolveContext, returnType, fieldNodes, path);
        }

        try
        {
            var completed = CompleteValue(returnType, fieldNodes, resolveContext, path, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : AwaitFieldAsync(completed, returnType, fieldNodes, path);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, returnType, fieldNodes, path));
        }
    }

    private async ValueTask<object?> ResolveThenCompleteAsync(
        ValueTask<object?> resolved, ResolveFieldContext resolveContext, GraphQLType returnType, List<FieldNode> fieldNodes, ResponsePath path)
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);
            return await CompleteValue(returnType, fieldNodes, resolveContext, path, value).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, fieldNodes, path);
        }
    }

    private async ValueTask<object?> AwaitFieldAsync(ValueTask<object?> completing, GraphQLType returnType, List<FieldNode> fieldNodes, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, fieldNodes, path);
        }
    }

    private GraphQLField? GetFieldDefinition(GraphQLObjectType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return Introspection.TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, context.Schema.Query))
            {
                if (name == "__schema")
                {
                    return Introspection.SchemaMetaField;
                }

                if (name == "__type")
                {
                    return Introspection.TypeMetaField;
                }
            }
        }

        return parentType.GetField(name);
    }

    /// <summary>Records a field error and yields null, or rethrows it located when the position is non-null.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var error = LocatedError(exception, fieldNodes, path);
        if (returnType is GraphQLNonNull)
        {
            throw error;
        }

        context.AddError(error);
        return null;
    }

    private static GraphQLError LocatedError(Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }

        if (exception is GraphQLError error)
        {
            return new GraphQLError(error.Message, error.Nodes ?? fieldNodes, error.DocumentSource, error.Positions, path.ToList(), error.InnerException ?? error, error.Extensions);
        }

        return new GraphQLError(exception.Message, fieldNodes, path: path.ToList(), originalError: exception);
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private static async Task StoreAsync(ValueTask<object?> value, ResultMap target, int slot) =>
        target.SetAt(slot, await value.ConfigureAwait(false));

    private static async Task StoreAsync(ValueTask<object?> value, object?[] target, int slot) =>
        target[slot] = await value.ConfigureAwait(false);

    private static async Task<object?> WhenAllAsync(List<Task> pending, object result)
    {
        await Task.WhenAll(pending).ConfigureAwait(false);
        return result;
    }

    private static async Task<object?> WaitThenRethrowAsync(List<Task> pending, ExceptionDispatchInfo failure)
    {
        try
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The first failure wins, as in graphql-js; the others have already been recorded or are moot.
        }

        failure.Throw();
        return null;
    }
}
