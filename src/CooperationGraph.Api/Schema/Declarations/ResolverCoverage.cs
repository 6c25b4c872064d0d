using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>
/// The start-up check that every field of the schema is answered by code bound to it. A field of an object type needs
/// a bound resolver (a field of the subscription root its source stream); a field of an interface is answered by the
/// object types implementing it, each checked itself. The rule has no exception: the engine's default resolver reads
/// an entry of a dictionary by the field's name, and no value of this schema is such a dictionary, so a field left to
/// it would answer null for every object. The other half, a binding that names no field, is refused when the schema
/// is built (<c>BuildSchema</c> throws).
/// </summary>
internal static class ResolverCoverage
{
    /// <summary>The fields no code answers, as <c>Type.field</c>, in schema order.</summary>
    public static IReadOnlyList<string> Unresolved(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.TypeMap.Values.OfType<GraphQLObjectType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Values
                .Where(field => type == schema.Subscription ? field.Subscribe is null : field.Resolve is null)
                .Select(field => $"{type.Name}.{field.Name}"))
            .ToArray();
    }

    /// <summary>Refuses a schema with a field no code answers.</summary>
    /// <exception cref="InvalidOperationException">Some field has no resolver.</exception>
    public static void Require(GraphQLSchema schema)
    {
        var unresolved = Unresolved(schema);
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException("Every schema field needs a resolver; none is bound to " + string.Join(", ", unresolved) + ".");
        }
    }
}
