using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Resolves a type reference written in a document against a schema.</summary>
public static class TypeFromAst
{
    /// <summary>Resolves a type reference.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeNode">The reference, e.g. <c>[ID!]</c>.</param>
    /// <returns>The type, or null when its named type is not in the schema.</returns>
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return typeNode switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => Resolve(schema, list.Type) is { } item ? new GraphQLList(item) : null,
            NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
            _ => null,
        };
    }
}
