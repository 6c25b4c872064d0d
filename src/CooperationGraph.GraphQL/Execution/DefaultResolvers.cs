using System.Text.Json;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>The resolvers used when a field or abstract type defines none.</summary>
public static class DefaultResolvers
{
    /// <summary>Reads the field by name from a dictionary or JSON object parent value; null otherwise.</summary>
    public static FieldResolver Field { get; } = static context => new ValueTask<object?>(ReadProperty(context.Source, context.FieldName));

    /// <summary>Uses a string <c>__typename</c> entry of a dictionary or JSON object value, else each possible type's <c>IsTypeOf</c>.</summary>
    public static TypeResolver Type { get; } = ResolveType;

    /// <summary>Reads a named entry from a dictionary or JSON object.</summary>
    /// <param name="source">The parent value.</param>
    /// <param name="name">The entry name.</param>
    /// <returns>The entry, or null.</returns>
    public static object? ReadProperty(object? source, string name) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property) ? property : null,
        _ => null,
    };

    private static string? ResolveType(object value, ResolveFieldContext context, GraphQLNamedType abstractType)
    {
        switch (ReadProperty(value, "__typename"))
        {
            case string typeName:
                return typeName;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return element.GetString();
        }

        foreach (var candidate in context.Schema.GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return candidate.Name;
            }
        }

        return null;
    }
}
