using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>
/// Code to attach to a schema built from SDL: field resolvers, subscription sources, type resolvers, custom scalar
/// coercions and enum internal values, all addressed by name.
/// </summary>
public sealed class SchemaBindings
{
    internal Dictionary<(string Type, string Field), FieldResolver> Resolvers { get; } = [];

    internal Dictionary<(string Type, string Field), SourceStreamResolver> Subscribers { get; } = [];

    internal Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, AsyncTypeResolver> AsyncTypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, IsTypeOfPredicate> IsTypeOfs { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, GraphQLScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, IReadOnlyDictionary<string, object>> EnumValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Binds a field resolver.</summary>
    /// <param name="typeName">The object or interface type.</param>
    /// <param name="fieldName">The field.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        Resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous field resolver.</summary>
    /// <param name="typeName">The object or interface type.</param>
    /// <param name="fieldName">The field.</param>
    /// <param name="resolver">Computes the value from the context.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings Resolve(string typeName, string fieldName, Func<Execution.ResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Binds the source stream of a subscription field.</summary>
    /// <param name="typeName">The subscription root type.</param>
    /// <param name="fieldName">The field.</param>
    /// <param name="subscriber">Produces the event stream.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings Subscribe(string typeName, string fieldName, SourceStreamResolver subscriber)
    {
        Subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>Binds a type resolver to an interface or union.</summary>
    /// <param name="abstractTypeName">The interface or union.</param>
    /// <param name="resolver">Names the runtime object type.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds an asynchronous type resolver to an interface or union; it takes precedence over a synchronous one.</summary>
    /// <param name="abstractTypeName">The interface or union.</param>
    /// <param name="resolver">Names the runtime object type, possibly after I/O.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings ResolveTypeAsync(string abstractTypeName, AsyncTypeResolver resolver)
    {
        AsyncTypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds an <c>IsTypeOf</c> predicate to an object type.</summary>
    /// <param name="objectTypeName">The object type.</param>
    /// <param name="predicate">Tells whether a value is of the type.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings IsTypeOf(string objectTypeName, IsTypeOfPredicate predicate)
    {
        IsTypeOfs[objectTypeName] = predicate;
        return this;
    }

    /// <summary>Supplies the coercions of a custom scalar declared in the SDL (matched by name).</summary>
    /// <param name="scalar">The scalar with its coercions; the SDL's description and <c>@specifiedBy</c> are kept.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings Scalar(GraphQLScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        Scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Sets the internal values of an enum declared in the SDL.</summary>
    /// <param name="enumName">The enum.</param>
    /// <param name="values">Internal value per enum value name; unnamed values keep their name as value.</param>
    /// <returns>These bindings, for chaining.</returns>
    public SchemaBindings Enum(string enumName, IReadOnlyDictionary<string, object> values)
    {
        EnumValues[enumName] = values;
        return this;
    }
}
