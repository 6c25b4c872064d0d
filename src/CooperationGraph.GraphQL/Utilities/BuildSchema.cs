using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL, as graphql-js's <c>buildASTSchema</c> does, applying <c>extend</c> definitions of the
/// same documents, and binds code to it.
/// </summary>
public static class BuildSchema
{
    /// <summary>Parses and builds SDL.</summary>
    /// <param name="sdl">One or more SDL documents; later ones may extend types of earlier ones.</param>
    /// <param name="bindings">Resolvers and other code to attach, or null.</param>
    /// <returns>The schema; check <see cref="GraphQLSchema.Validate"/> before serving it.</returns>
    /// <exception cref="Error.GraphQLError">The SDL does not parse.</exception>
    /// <exception cref="InvalidOperationException">The SDL refers to unknown types or bindings to unknown fields.</exception>
    public static GraphQLSchema FromSdl(string sdl, SchemaBindings? bindings = null) =>
        FromDocuments([Parser.Parse(sdl)], bindings);

    /// <summary>Builds parsed SDL documents.</summary>
    /// <param name="documents">The documents; later ones may extend types of earlier ones.</param>
    /// <param name="bindings">Resolvers and other code to attach, or null.</param>
    /// <returns>The schema.</returns>
    public static GraphQLSchema FromDocuments(IReadOnlyList<DocumentNode> documents, SchemaBindings? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var definitions = new List<DefinitionNode>();
        foreach (var document in documents)
        {
            definitions.AddRange(document.Definitions);
        }

        var schema = new SdlSchemaBuilder(definitions, bindings ?? new SchemaBindings()).Build();
        if (bindings is not null)
        {
            Bind(schema, bindings);
        }

        return schema;
    }

    private static void Bind(GraphQLSchema schema, SchemaBindings bindings)
    {
        foreach (var ((typeName, fieldName), resolver) in bindings.Resolvers)
        {
            FindField(schema, typeName, fieldName).Resolve = resolver;
        }

        foreach (var ((typeName, fieldName), subscriber) in bindings.Subscribers)
        {
            FindField(schema, typeName, fieldName).Subscribe = subscriber;
        }

        foreach (var (typeName, resolver) in bindings.TypeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case GraphQLInterfaceType @interface:
                    @interface.ResolveType = resolver;
                    break;
                case GraphQLUnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    throw new InvalidOperationException($"Cannot bind a type resolver: \"{typeName}\" is not an interface or union of the schema.");
            }
        }

        foreach (var (typeName, resolver) in bindings.AsyncTypeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case GraphQLInterfaceType @interface:
                    @interface.ResolveTypeAsync = resolver;
                    break;
                case GraphQLUnionType union:
                    union.ResolveTypeAsync = resolver;
                    break;
                default:
                    throw new InvalidOperationException($"Cannot bind a type resolver: \"{typeName}\" is not an interface or union of the schema.");
            }
        }

        foreach (var (typeName, predicate) in bindings.IsTypeOfs)
        {
            if (schema.GetType(typeName) is not GraphQLObjectType objectType)
            {
                throw new InvalidOperationException($"Cannot bind IsTypeOf: \"{typeName}\" is not an object type of the schema.");
            }

            objectType.IsTypeOf = predicate;
        }
    }

    private static GraphQLField FindField(GraphQLSchema schema, string typeName, string fieldName)
    {
        if (schema.GetType(typeName) is not GraphQLFieldsType type)
        {
            throw new InvalidOperationException($"Cannot bind {typeName}.{fieldName}: \"{typeName}\" is not an object or interface type of the schema.");
        }

        return type.GetField(fieldName)
            ?? throw new InvalidOperationException($"Cannot bind {typeName}.{fieldName}: the type has no field \"{fieldName}\".");
    }
}
