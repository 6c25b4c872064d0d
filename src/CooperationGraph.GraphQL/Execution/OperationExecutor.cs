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
    // The index that stands for the field's own position rather than an item of its list.
    private const int FieldItself = -1;

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
            var plan = context.Plan.Root(rootType, context.Fields);
            var pending = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSeriallyAsync(plan, rootValue)
                : ExecuteFields(plan, rootValue, null);
            return (ResultMap?)(pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false));
        }
        catch (GraphQLError error)
        {
            context.AddError(error);
            return null;
        }
    }

    public ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, ResponsePath? path)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        var result = new ResultMap(plan.Keys);
        List<Task>? pending = null;
        try
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var value = ExecuteField(fields[i], source, path);
                if (value.IsCompletedSuccessfully)
                {
                    result.Add(value.Result);
                }
                else
                {
                    (pending ??= []).Add(StoreAsync(value, result, result.Reserve()));
                }
            }
        }
        catch (Exception exception) when (pending is not null)
        {
            return new ValueTask<object?>(WaitThenRethrowAsync(pending, ExceptionDispatchInfo.Capture(exception)));
        }

        return pending is null ? new ValueTask<object?>(result) : new ValueTask<object?>(WhenAllAsync(pending, result));
    }

    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(SelectionPlan plan, object? source)
    {
        var result = new ResultMap(plan.Keys);
        foreach (var field in plan.Fields)
        {
            result.Add(await ExecuteField(field, source, null).ConfigureAwait(false));
        }

        return result;
    }

    private ValueTask<object?> ExecuteField(FieldPlan plan, object? source, ResponsePath? parentPath)
    {
        var field = plan.Field;
        if (field.Resolve is null && field.Arguments.Count == 0 && context.ResolvesLeavesByDefault && field.IsLeaf)
        {
            return new ValueTask<object?>(ExecuteDefaultLeafField(plan, source, parentPath));
        }

        var returnType = field.Type;
        ResolveFieldContext? resolveContext = null;
        ValueTask<object?> resolved;
        try
        {
            resolveContext = new ResolveFieldContext(context, plan, source, plan.Arguments(context.VariableValues), parentPath);
            resolved = context.GetPipeline(field)(resolveContext);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            var path = resolveContext?.Path ?? new ResponsePath(parentPath, plan.ResponseKey, plan.ParentType.Name);
            return new ValueTask<object?>(HandleFieldError(exception, returnType, plan.FieldNodes, path));
        }

        if (!resolved.IsCompletedSuccessfully)
        {
            return ResolveThenCompleteAsync(resolved, resolveContext, returnType);
        }

        try
        {
            var completed = CompleteValue(returnType, resolveContext, null, FieldItself, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : AwaitFieldAsync(completed, returnType, resolveContext, null, FieldItself);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, returnType, plan.FieldNodes, resolveContext.Path));
        }
    }

    private async ValueTask<object?> ResolveThenCompleteAsync(ValueTask<object?> resolved, ResolveFieldContext resolveContext, GraphQLType returnType)
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);
            return await CompleteValue(returnType, resolveContext, null, FieldItself, value).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, resolveContext.Plan.FieldNodes, resolveContext.Path);
        }
    }

    private async ValueTask<object?> AwaitFieldAsync(
        ValueTask<object?> completing, GraphQLType returnType, ResolveFieldContext info, ResponsePath? listPath, int index)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, info.Plan.FieldNodes, PathOf(info, listPath, index));
        }
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

    /// <summary>
    /// The position of a field (<paramref name="index"/> <see cref="FieldItself"/>) or of an item of its list, made
    /// only when something needs it: a sub-selection's parent or an error.
    /// </summary>
    private static ResponsePath PathOf(ResolveFieldContext info, ResponsePath? listPath, int index) =>
        index == FieldItself ? info.Path : new ResponsePath(listPath, ResponsePath.Index(index), null);

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
