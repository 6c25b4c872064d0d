namespace CooperationGraph.GraphQL.Execution;

/// <content>What surrounds a resolver's call: the context it gets, and the exception reported when it throws.</content>
internal sealed partial class OperationExecutor
{
    [ThreadStatic]
    private static ResolveFieldContext? t_spareLeafContext;

    /// <summary>
    /// The context for a field of scalars or enums: the last such field's on this thread when it completed synchronously
    /// (its resolver and middleware are done with it and no sub-selection refers to it), else a new one. Most fields
    /// of a large response are such leaves; this spares a context each.
    /// </summary>
    private ResolveFieldContext RentLeafContext(FieldPlan plan, object? source, object? parent)
    {
        var spare = t_spareLeafContext;
        if (spare is null)
        {
            return new ResolveFieldContext(context, plan, source, parent);
        }

        // Taken, not shared: a resolver that executes another operation on this thread rents a context of its own.
        t_spareLeafContext = null;
        spare.Reuse(context, plan, source, parent);
        return spare;
    }

    /// <summary>Keeps a leaf field's context for the next, once its value is complete and nothing refers to it.</summary>
    private static void ReturnLeafContext(ResolveFieldContext finished) => t_spareLeafContext = finished;

    /// <summary>The exception to report for one the resolver threw: the request's filter chooses (a filter that fails reports its own failure).</summary>
    private Exception Filter(Exception exception, ResolveFieldContext resolveContext)
    {
        if (context.ResolverExceptionFilter is not { } filter)
        {
            return exception;
        }

        try
        {
            return filter(exception, resolveContext);
        }
        catch (Exception failure) when (!IsCancellation(failure))
        {
            return failure;
        }
    }
}
