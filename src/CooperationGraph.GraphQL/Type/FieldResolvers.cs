using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.GraphQL.Type;

/// <summary>Adapts ordinary delegates to <see cref="FieldResolver"/>, keeping synchronous ones free of task allocations.</summary>
public static class FieldResolvers
{
    /// <summary>A resolver that computes its value synchronously.</summary>
    /// <param name="resolve">Computes the value.</param>
    /// <returns>The resolver.</returns>
    public static FieldResolver Sync(Func<ResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => new ValueTask<object?>(resolve(context));
    }

    /// <summary>A resolver that awaits a task for its value.</summary>
    /// <typeparam name="T">The task's result type.</typeparam>
    /// <param name="resolve">Starts the work.</param>
    /// <returns>The resolver.</returns>
    public static FieldResolver Async<T>(Func<ResolveFieldContext, Task<T>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return async context => await resolve(context).ConfigureAwait(false);
    }

    /// <summary>A resolver that always yields the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The resolver.</returns>
    public static FieldResolver Constant(object? value) => _ => new ValueTask<object?>(value);
}
