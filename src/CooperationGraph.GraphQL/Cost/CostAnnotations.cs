using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// Puts cost weights and list sizes on a schema's types and fields: from the <c>@cost</c> and <c>@listSize</c>
/// directives its SDL applies, or from code by schema coordinate (<c>Query.entities</c>), so an application can keep
/// its weights apart from its SDL. Annotate before the schema serves requests.
/// </summary>
public static class CostAnnotations
{
    /// <summary>Reads the <c>@cost</c> and <c>@listSize</c> directives applied in the schema's SDL.</summary>
    /// <param name="schema">A schema built from SDL that defines both directives (<see cref="CostDirectives.Sdl"/>).</param>
    /// <exception cref="ArgumentException">The schema does not define the directives.</exception>
    public static void ApplyDirectives(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var cost = schema.GetDirective("cost") ?? throw new ArgumentException("The schema does not define @cost.", nameof(schema));
        var listSize = schema.GetDirective("listSize") ?? throw new ArgumentException("The schema does not define @listSize.", nameof(schema));
        foreach (var type in schema.TypeMap.Values)
        {
            foreach (var node in type.ExtensionAstNodes.Prepend(type.AstNode).OfType<IHasDirectives>())
            {
                if (Values.GetDirectiveValues(cost, node, null) is { } values)
                {
                    type.CostWeight = (int)values["weight"]!;
                }
            }

            if (type is not GraphQLFieldsType fieldsType)
            {
                continue;
            }

            foreach (var field in fieldsType.Fields.Values)
            {
                if (field.AstNode is not IHasDirectives node)
                {
                    continue;
                }

                if (Values.GetDirectiveValues(cost, node, null) is { } weight)
                {
                    field.CostWeight = (int)weight["weight"]!;
                }

                if (Values.GetDirectiveValues(listSize, node, null) is { } size)
                {
                    Annotate(schema, fieldsType.Name + "." + field.Name, listSize: new ListSize(
                        size.GetValueOrDefault("assumedSize") as int?,
                        Strings(size.GetValueOrDefault("slicingArguments")),
                        Strings(size.GetValueOrDefault("sizedFields")),
                        size.GetValueOrDefault("requireOneSlicingArgument") as bool? ?? true));
                }
            }
        }
    }

    /// <summary>
    /// Sets the weight of a type (<c>Type</c>) or the weight and list size of a field (<c>Type.field</c>). A field of
    /// an interface passes its annotation to the same field of every implementation; annotate an implementation
    /// afterwards to differ.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="coordinate">The schema coordinate.</param>
    /// <param name="weight">The weight, or null to leave it.</param>
    /// <param name="listSize">The list size, or null to leave it.</param>
    /// <exception cref="ArgumentException">The coordinate, a slicing argument or a sized field names nothing in the schema.</exception>
    public static void Annotate(GraphQLSchema schema, string coordinate, int? weight = null, ListSize? listSize = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        if (weight < 0 || listSize?.AssumedSize < 0)
        {
            throw new ArgumentException($"{coordinate}: weights and sizes cannot be negative.", nameof(weight));
        }

        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        var type = schema.GetType(dot < 0 ? coordinate : coordinate[..dot])
            ?? throw new ArgumentException($"{coordinate}: the schema has no such type.", nameof(coordinate));
        if (dot < 0)
        {
            if (listSize is not null)
            {
                throw new ArgumentException($"{coordinate}: @listSize applies to fields only.", nameof(listSize));
            }

            type.CostWeight = weight ?? type.CostWeight;
            return;
        }

        var name = coordinate[(dot + 1)..];
        var field = (type as GraphQLFieldsType)?.GetField(name)
            ?? throw new ArgumentException($"{coordinate}: the schema has no such field.", nameof(coordinate));
        Check(coordinate, field, listSize);
        field.CostWeight = weight ?? field.CostWeight;
        field.ListSize = listSize ?? field.ListSize;
        if (type is GraphQLInterfaceType @interface)
        {
            foreach (var implementation in schema.GetImplementations(@interface).Objects.Cast<GraphQLFieldsType>().Concat(schema.GetImplementations(@interface).Interfaces))
            {
                if (implementation.GetField(name) is { } implemented)
                {
                    implemented.CostWeight = weight ?? implemented.CostWeight;
                    implemented.ListSize = listSize ?? implemented.ListSize;
                }
            }
        }
    }

    private static void Check(string coordinate, GraphQLField field, ListSize? listSize)
    {
        if (listSize is null)
        {
            return;
        }

        foreach (var argument in listSize.SlicingArguments)
        {
            if (field.GetArgument(argument) is null)
            {
                throw new ArgumentException($"{coordinate}: slicing argument '{argument}' is not an argument of the field.", nameof(listSize));
            }
        }

        var returned = TypePredicates.GetNamedType(field.Type) as GraphQLFieldsType;
        foreach (var sized in listSize.SizedFields)
        {
            if (returned?.GetField(sized) is not { } sizedField || TypePredicates.GetNullableType(sizedField.Type) is not GraphQLList)
            {
                throw new ArgumentException($"{coordinate}: sized field '{sized}' is not a list field of {returned?.Name ?? "the returned type"}.", nameof(listSize));
            }
        }
    }

    private static string[]? Strings(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<string>()] : null;
}
