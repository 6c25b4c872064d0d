using System.Collections;
using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Execution;

/// <content>CompleteValue of the specification: non-null checks, lists, leaves, abstract and object types.</content>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Completes a field's value (<paramref name="index"/> <see cref="FieldItself"/>) or one item of its list, at index
    /// <paramref name="index"/> of the list at <paramref name="listPath"/>.
    /// </summary>
    private ValueTask<object?> CompleteValue(GraphQLType returnType, ResolveFieldContext info, ResponsePath? listPath, int index, object? result)
    {
        if (result is Exception exception)
        {
            throw exception;
        }

        if (returnType is GraphQLNonNull nonNull)
        {
            // A pending value is checked by what awaits it (ResolveThenCompleteAsync, AwaitFieldAsync, StoreItemAsync),
            // within the same handler, so a null is reported at the same path: one task fewer per pending value.
            var inner = CompleteValue(nonNull.OfType, info, listPath, index, result);
            return !inner.IsCompletedSuccessfully || inner.Result is not null ? inner : throw NullForNonNull(info);
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return new ValueTask<object?>((object?)null);
        }

        return returnType switch
        {
            GraphQLList list => CompleteList(list.OfType, info, listPath, index, result),
            GraphQLScalarType scalar => new ValueTask<object?>(CompleteLeaf(scalar, result)),
            GraphQLEnumType enumType => new ValueTask<object?>(enumType.Serialize(result is JsonElement element ? JsonValues.ToPlain(element) : result)),
            GraphQLObjectType objectType => CompleteObject(objectType, info, listPath, index, result),
            _ => CompleteAbstract((GraphQLNamedType)returnType, info, listPath, index, result),
        };
    }

    /// <summary>
    /// A scalar or enum field without arguments, resolved by the default resolver with no middleware: nothing can
    /// observe a resolve context, so none is made, and the response path is only made for an error.
    /// </summary>
    private object? ExecuteDefaultLeafField(FieldPlan plan, object? source, object? parent)
    {
        var field = plan.Field;
        try
        {
            var value = DefaultResolvers.ReadProperty(source, field.Name);
            if (value is Exception error)
            {
                throw error;
            }

            var leafType = field.Type is GraphQLNonNull nonNull ? nonNull.OfType : field.Type;
            var completed = value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }
                ? null
                : leafType is GraphQLScalarType scalar
                    ? CompleteLeaf(scalar, value)
                    : ((GraphQLEnumType)leafType).Serialize(value is JsonElement element ? JsonValues.ToPlain(element) : value);
            return completed is null && field.Type is GraphQLNonNull
                ? throw new GraphQLError($"Cannot return null for non-nullable field {plan.ParentType.Name}.{field.Name}.")
                : completed;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, field.Type, plan.FieldNodes, new ResponsePath(ResolveFieldContext.PathOf(parent), plan.ResponseKey, plan.ParentType.Name));
        }
    }

    private static object? RequireNonNull(object? value, GraphQLType type, ResolveFieldContext info) =>
        value is null && type is GraphQLNonNull ? throw NullForNonNull(info) : value;

    private static GraphQLError NullForNonNull(ResolveFieldContext info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.FieldName}.");

    private static object CompleteLeaf(GraphQLScalarType scalar, object result)
    {
        if (result is JsonElement element)
        {
            result = JsonValues.ToPlain(element)!;
        }

        return scalar.Serialize(result)
            ?? throw new GraphQLError($"Expected `{scalar.Name}.serialize({Inspect.Format(result)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteList(GraphQLType itemType, ResolveFieldContext info, ResponsePath? outerListPath, int ownIndex, object result)
    {
        if (result is string or IEnumerable<KeyValuePair<string, object?>> or not IEnumerable)
        {
            if (result is not JsonElement { ValueKind: JsonValueKind.Array })
            {
                throw new GraphQLError($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.FieldName}\".");
            }
        }

        var items = result switch
        {
            JsonElement element => JsonValues.Items(element),
            ICollection collection => CopyCollection(collection),
            _ => CopyEnumerable((IEnumerable)result),
        };
        // Items that are objects or lists are parents of positions; scalars and enums need one only for an error.
        var path = items.Length == 0 || (itemType is GraphQLNonNull nonNull ? nonNull.OfType : itemType) is GraphQLScalarType or GraphQLEnumType
            ? null
            : PathOf(info, outerListPath, ownIndex);
        List<Task>? pending = null;
        try
        {
            for (var index = 0; index < items.Length; index++)
            {
                try
                {
                    var completed = CompleteValue(itemType, info, path, index, items[index]);
                    if (completed.IsCompletedSuccessfully)
                    {
                        items[index] = completed.Result;
                    }
                    else
                    {
                        (pending ??= []).Add(StoreItemAsync(completed, itemType, info, path, index, items));
                    }
                }
                catch (Exception exception) when (!IsCancellation(exception))
                {
                    items[index] = HandleFieldError(exception, itemType, info.Plan.FieldNodes, PathOf(info, path ?? PathOf(info, outerListPath, ownIndex), index));
                }
            }
        }
        catch (Exception exception) when (pending is not null)
        {
            return new ValueTask<object?>(JoinItemsAsync(pending, items, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception)));
        }

        return pending is null ? new ValueTask<object?>(items) : new ValueTask<object?>(JoinItemsAsync(pending, items, null));
    }

    private async Task StoreItemAsync(ValueTask<object?> completing, GraphQLType itemType, ResolveFieldContext info, ResponsePath? listPath, int index, object?[] items)
    {
        try
        {
            items[index] = RequireNonNull(await completing.ConfigureAwait(false), itemType, info);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            items[index] = HandleFieldError(exception, itemType, info.Plan.FieldNodes, PathOf(info, listPath, index));
        }

        context.Checkpoint?.Invoke();
    }

    private static object?[] CopyCollection(ICollection collection)
    {
        var items = new object?[collection.Count];
        collection.CopyTo(items, 0);
        return items;
    }

    private static object?[] CopyEnumerable(IEnumerable enumerable)
    {
        // A projection of a list (Select over a page) knows its length: the result array is made once, exactly sized.
        if (enumerable is IEnumerable<object?> typed && typed.TryGetNonEnumeratedCount(out var count))
        {
            var exact = new object?[count];
            var index = 0;
            foreach (var item in typed)
            {
                exact[index++] = item;
            }

            return exact;
        }

        var items = new List<object?>();
        foreach (var item in enumerable)
        {
            items.Add(item);
        }

        return [.. items];
    }

    private ValueTask<object?> CompleteAbstract(GraphQLNamedType abstractType, ResolveFieldContext info, ResponsePath? listPath, int index, object result)
    {
        var resolveTypeAsync = abstractType switch
        {
            GraphQLInterfaceType @interface => @interface.ResolveTypeAsync,
            GraphQLUnionType union => union.ResolveTypeAsync,
            _ => null,
        };
        if (resolveTypeAsync is not null)
        {
            var naming = resolveTypeAsync(result, info, abstractType);
            return naming.IsCompletedSuccessfully
                ? CompleteAsRuntimeType(naming.Result, abstractType, info, listPath, index, result)
                : new ValueTask<object?>(CompleteAbstractAsync(naming, abstractType, info, listPath, index, result));
        }

        var resolveType = abstractType switch
        {
            GraphQLInterfaceType @interface => @interface.ResolveType,
            GraphQLUnionType union => union.ResolveType,
            _ => null,
        } ?? context.TypeResolver;
        return CompleteAsRuntimeType(resolveType(result, info, abstractType), abstractType, info, listPath, index, result);
    }

    private async Task<object?> CompleteAbstractAsync(
        ValueTask<string?> naming, GraphQLNamedType abstractType, ResolveFieldContext info, ResponsePath? listPath, int index, object result)
    {
        var typeName = await naming.ConfigureAwait(false);
        return await CompleteAsRuntimeType(typeName, abstractType, info, listPath, index, result).ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteAsRuntimeType(
        string? typeName, GraphQLNamedType abstractType, ResolveFieldContext info, ResponsePath? listPath, int index, object result)
    {
        var fieldNodes = info.Plan.FieldNodes;
        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                fieldNodes);
        }

        var runtimeType = context.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", fieldNodes);
        }

        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", fieldNodes);
        }

        if (!context.Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", fieldNodes);
        }

        return CompleteObject(objectType, info, listPath, index, result);
    }

    private ValueTask<object?> CompleteObject(GraphQLObjectType objectType, ResolveFieldContext info, ResponsePath? listPath, int index, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result, info))
        {
            throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Format(result)}.", info.Plan.FieldNodes);
        }

        var subplan = info.Plan.Subplan(objectType, context.Plan, context.Fields);
        // The field's own object needs no path of its own: its fields make one from the context if they must.
        return ExecuteFields(subplan, result, index == FieldItself ? info : PathOf(info, listPath, index));
    }
}
