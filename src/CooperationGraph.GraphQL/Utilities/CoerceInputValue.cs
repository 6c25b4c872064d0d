using System.Collections;
using System.Text;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Reports one problem found while coercing an input value.</summary>
/// <param name="path">Keys and indices from the value's root to the invalid part.</param>
/// <param name="invalidValue">The invalid part.</param>
/// <param name="error">What is wrong with it.</param>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>Coerces JSON-decoded input (variables) against input types, as graphql-js's <c>coerceInputValue</c> does.</summary>
public static class CoerceInputValue
{
    /// <summary>Coerces a value, reporting every problem to <paramref name="onError"/>.</summary>
    /// <param name="inputValue">The JSON-decoded value: null, bool, string, number, list or string-keyed dictionary.</param>
    /// <param name="type">The input type.</param>
    /// <param name="onError">Receives each problem; when it is called the result is meaningless.</param>
    /// <returns>The internal value.</returns>
    public static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return Coerce(inputValue, type, onError, []);
    }

    /// <summary>Formats a path as graphql-js's <c>printPathArray</c> does, e.g. <c>.a[0].b</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The printed path.</returns>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder();
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }

    private static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError, List<object> path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (inputValue is not null)
            {
                return Coerce(inputValue, nonNull.OfType, onError, path);
            }

            onError([.. path], inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (inputValue is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                if (inputValue is IEnumerable items and not string and not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        result.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                return new List<object?>(1) { Coerce(inputValue, list.OfType, onError, path) };

            case GraphQLInputObjectType inputObject:
                return CoerceObject(inputValue, inputObject, onError, path);

            case GraphQLScalarType scalar:
                return CoerceLeaf(inputValue, scalar.Name, scalar.ParseValue, onError, path);

            case GraphQLEnumType enumType:
                return CoerceLeaf(inputValue, enumType.Name, enumType.ParseValue, onError, path);

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceLeaf(object inputValue, string typeName, Func<object?, object?> parse, InputCoercionErrorHandler onError, List<object> path)
    {
        try
        {
            return parse(inputValue);
        }
        catch (GraphQLError error)
        {
            onError([.. path], inputValue, error);
        }
        // Any other exception of a value parser, a custom scalar's included, is an input error, as in graphql-js.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{typeName}\". " + exception.Message, originalError: exception));
        }

        return null;
    }

    private static object? CoerceObject(object inputValue, GraphQLInputObjectType type, InputCoercionErrorHandler onError, List<object> path)
    {
        if (inputValue is not IEnumerable<KeyValuePair<string, object?>> entries)
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var input = entries as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(entries, StringComparer.Ordinal);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errorCount = 0;
        HashSet<string>? failedFields = null;
        InputCoercionErrorHandler countingOnError = type.IsOneOf
            ? (errorPath, invalidValue, error) =>
            {
                errorCount++;
                onError(errorPath, invalidValue, error);
            }
        : onError;
        foreach (var field in type.Fields.Values)
        {
            if (!input.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    onError([.. path], inputValue, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            var errorsBefore = errorCount;
            result[field.Name] = Coerce(fieldValue, field.Type, countingOnError, path);
            path.RemoveAt(path.Count - 1);
            if (errorCount != errorsBefore)
            {
                // As in graphql-js, a value that failed to coerce is absent rather than null: it has had its error.
                failedFields ??= new HashSet<string>(StringComparer.Ordinal);
                failedFields.Add(field.Name);
            }
        }

        foreach (var key in input.Keys)
        {
            if (!type.Fields.ContainsKey(key))
            {
                var suggestions = Suggestions.SuggestionList(key, type.Fields.Keys);
                onError([.. path], inputValue, new GraphQLError($"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(null, suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError([.. path], inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            foreach (var entry in result)
            {
                if (entry.Value is null && failedFields?.Contains(entry.Key) != true)
                {
                    onError([.. path, entry.Key], null, new GraphQLError($"Field \"{entry.Key}\" must be non-null."));
                }

                break;
            }
        }

        return result;
    }
}
