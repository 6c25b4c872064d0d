using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// A selection set collected for one runtime object type: its fields in response order with their definitions, and
/// the response keys every result object of it shares. Fields the type does not define are left out here, once, as
/// graphql-js leaves them out of the response.
/// </summary>
internal sealed class SelectionPlan
{
    private SelectionPlan(GraphQLObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
        Keys = [.. fields.Select(static field => field.ResponseKey)];
    }

    public GraphQLObjectType Type { get; }

    public FieldPlan[] Fields { get; }

    public string[] Keys { get; }

    public static SelectionPlan Create(GraphQLSchema schema, GraphQLObjectType type, OrderedDictionary<string, List<FieldNode>> collected)
    {
        var fields = new List<FieldPlan>(collected.Count);
        foreach (var (key, nodes) in collected)
        {
            if (FieldDefinition(schema, type, nodes[0].Name.Value) is { } field)
            {
                fields.Add(new FieldPlan(type, key, nodes, field));
            }
        }

        return new SelectionPlan(type, [.. fields]);
    }

    private static GraphQLField? FieldDefinition(GraphQLSchema schema, GraphQLObjectType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return Introspection.TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, schema.Query))
            {
                if (name == "__schema")
                {
                    return Introspection.SchemaMetaField;
                }

                if (name == "__type")
                {
                    return Introspection.TypeMetaField;
                }
            }
        }

        return parentType.GetField(name);
    }
}
