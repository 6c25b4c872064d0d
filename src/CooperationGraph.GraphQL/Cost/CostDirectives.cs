namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// The definitions of <c>@cost</c> and <c>@listSize</c> (GraphQL Cost Directives specification, with integer weights),
/// to include in a schema's SDL so that its printed form and introspection show the weights the engine applies.
/// </summary>
public static class CostDirectives
{
    /// <summary>The directive definitions as SDL.</summary>
    public const string Sdl = """
        "What resolving a field costs once, or what each value of a type costs (objects, interfaces and unions 1, scalars and enums 0 unless stated)."
        directive @cost(
          "The weight, in the units of the query cost limit."
          weight: Int!
        ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | SCALAR | ENUM

        "How many items a field returns: the value of a slicing argument, else the assumed size; sizedFields are the lists of the returned object that the slicing arguments size."
        directive @listSize(
          "The size when no slicing argument is given."
          assumedSize: Int
          "Arguments whose value caps the list."
          slicingArguments: [String!]
          "Fields of the returned object whose lists the slicing arguments size."
          sizedFields: [String!]
          "Whether a query must give exactly one slicing argument."
          requireOneSlicingArgument: Boolean = true
        ) on FIELD_DEFINITION

        """;
}
