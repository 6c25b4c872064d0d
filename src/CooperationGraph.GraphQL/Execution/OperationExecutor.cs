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

    /// <summary>Executes a planned selection set on one object.</summary>
    /// <param name="plan">The selection set for the object's type.</param>
    /// <param name="source">The object.</param>
    /// <param name="parent">
    /// The object's position: null at the root, a <see cref="ResponsePath"/> for a list item, or the context of the
    /// field that returned the object, whose path is made only if a descendant needs it.
    /// </param>
    public ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, object? parent)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        context.Checkpoint?.Invoke();
        var fields = plan.Fields;
        var result = ResultMap.Create(plan.Keys);
        // Most objects wait for one field at most (a relation's other end): the list is made only for a second.
        Task<object?>? first = null;
        List<Task<object?>>? more = null;
        try
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var value = ExecuteField(fields[i], source, parent, result, i);
                if (!value.IsCompletedSuccessfully)
                {
                    // A pending field is always a task (ResolveThenCompleteAsync, AwaitFieldAsync): AsTask makes nothing.
                    if (first is null)
                    {
                        first = value.AsTask();
                    }
                    else
                    {
                        (more ??= []).Add(value.AsTask());
                    }
                }
                else if (!ReferenceEquals(value.Result, result))
                {
                    // (A wait that has already ended stored its value itself.)
                    result.SetAt(i, value.Result);
                }
            }
        }
        catch (Exception exception) when (first is not null)
        {
            return new ValueTask<object?>(JoinFieldsAsync(first, more, result, ExceptionDispatchInfo.Capture(exception)));
        }

        // One wait stores its field's value and yields the object itself: the object needs no task of its own.
        return first is null ? new ValueTask<object?>(result)
            : more is null ? new ValueTask<object?>(first)
            : new ValueTask<object?>(JoinFieldsAsync(first, more, result, null));
    }

    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(SelectionPlan plan, object? source)
    {
        var result = ResultMap.Create(plan.Keys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var value = await ExecuteField(plan.Fields[i], source, null, result, i).ConfigureAwait(false);
            if (!ReferenceEquals(value, result))
            {
                result.SetAt(i, value);
            }
        }

        return result;
    }

    /// <summary>
    /// Executes a field of an object: its completed value, or, when it must wait, a task that stores the value in the
    /// object's <paramref name="slot"/> itself and yields the object, so that an object waiting for one field is
    /// complete when that field is.
    /// </summary>
    private ValueTask<object?> ExecuteField(FieldPlan plan, object? source, object? parent, ResultMap target, int slot)
    {
        var field = plan.Field;
        if (field.Resolve is null && field.Arguments.Count == 0 && context.ResolvesLeavesByDefault && field.IsLeaf)
        {
            return new ValueTask<object?>(ExecuteDefaultLeafField(plan, source, parent));
        }

        var returnType = field.Type;
        ResolveFieldContext? resolveContext = null;
        ValueTask<object?> resolved;
        try
        {
            // Coerced (or found kept) before the resolver runs, so that an invalid value is the field's error.
            plan.Arguments(context);
            resolveContext = plan.ReturnsLeaves ? RentLeafContext(plan, source, parent) : new ResolveFieldContext(context, plan, source, parent);
            resolved = context.GetPipeline(field)(resolveContext);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            // With a context made, the resolver threw; before, the arguments did.
            return resolveContext is null
                ? new ValueTask<object?>(HandleFieldError(exception, returnType, plan.FieldNodes, new ResponsePath(ResolveFieldContext.PathOf(parent), plan.ResponseKey, plan.ParentType.Name)))
                : new ValueTask<object?>(HandleFieldError(Filter(exception, resolveContext), returnType, plan.FieldNodes, resolveContext.Path));
        }

        if (!resolved.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(ResolveThenCompleteAsync(resolved, resolveContext, returnType, target, slot));
        }

        try
        {
            var completed = CompleteValue(returnType, resolveContext, null, FieldItself, resolved.Result);
            if (!completed.IsCompletedSuccessfully)
            {
                return new ValueTask<object?>(AwaitFieldAsync(completed, returnType, resolveContext, target, slot));
            }

            if (plan.ReturnsLeaves)
            {
                ReturnLeafContext(resolveContext);
            }

            return completed;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, returnType, plan.FieldNodes, resolveContext.Path));
        }
    }

    private async Task<object?> ResolveThenCompleteAsync(ValueTask<object?> resolved, ResolveFieldContext resolveContext, GraphQLType returnType, ResultMap target, int slot)
    {
        var hasValue = false;
        object? completed;
        try
        {
            var value = await resolved.ConfigureAwait(false);
            hasValue = true;
            var completing = CompleteValue(returnType, resolveContext, null, FieldItself, value);
            completed = RequireNonNull(completing.IsCompletedSuccessfully ? completing.Result : await completing.ConfigureAwait(false), returnType, resolveContext);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            completed = HandleFieldError(hasValue ? exception : Filter(exception, resolveContext), returnType, resolveContext.Plan.FieldNodes, resolveContext.Path);
        }

        target.SetAt(slot, completed);
        context.Checkpoint?.Invoke();
        return target;
    }

    private async Task<object?> AwaitFieldAsync(ValueTask<object?> completing, GraphQLType returnType, ResolveFieldContext info, ResultMap target, int slot)
    {
        object? completed;
        try
        {
            completed = RequireNonNull(await completing.ConfigureAwait(false), returnType, info);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            completed = HandleFieldError(exception, returnType, info.Plan.FieldNodes, info.Path);
        }

        target.SetAt(slot, completed);
        context.Checkpoint?.Invoke();
        return target;
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

    /// <summary>
    /// Waits for every pending field, each of which stores its own value. As with
    /// <see cref="Task.WhenAll(IEnumerable{Task})"/>, a failure is rethrown only once all have finished, the first in
    /// selection order (each field has already recorded its own error); a synchronous <paramref name="failure"/> met
    /// while starting them wins.
    /// </summary>
    private static async Task<object?> JoinFieldsAsync(Task<object?> first, List<Task<object?>>? more, ResultMap result, ExceptionDispatchInfo? failure)
    {
        var failures = new Failures(failure);
        for (var i = -1; i < (more?.Count ?? 0); i++)
        {
            try
            {
                await (i < 0 ? first : more![i]).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        }

        failures.ThrowIfAny();
        return result;
    }

    /// <summary>Waits for every pending item of a list, each of which stores its own value; failures as in <see cref="JoinFieldsAsync"/>.</summary>
    private static async Task<object?> JoinItemsAsync(List<Task> pending, object?[] items, ExceptionDispatchInfo? failure)
    {
        var failures = new Failures(failure);
        foreach (var item in pending)
        {
            try
            {
                await item.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        }

        failures.ThrowIfAny();
        return items;
    }

    /// <summary>The failure a join rethrows: a synchronous one first, then the first fault, then the first cancellation.</summary>
    private struct Failures(ExceptionDispatchInfo? synchronous)
    {
        private ExceptionDispatchInfo? _fault;
        private ExceptionDispatchInfo? _cancellation;

        public void Add(Exception exception)
        {
            if (exception is OperationCanceledException)
            {
                _cancellation ??= ExceptionDispatchInfo.Capture(exception);
            }
            else
            {
                _fault ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        public readonly void ThrowIfAny() => (synchronous ?? _fault ?? _cancellation)?.Throw();
    }
}
