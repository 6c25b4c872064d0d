namespace CooperationGraph.GraphQL.Language;

/// <summary>The places a directive may be applied, as named in the specification.</summary>
public enum DirectiveLocation
{
    /// <summary>A query operation.</summary>
    Query,
    /// <summary>A mutation operation.</summary>
    Mutation,
    /// <summary>A subscription operation.</summary>
    Subscription,
    /// <summary>A field selection.</summary>
    Field,
    /// <summary>A fragment definition.</summary>
    FragmentDefinition,
    /// <summary>A fragment spread.</summary>
    FragmentSpread,
    /// <summary>An inline fragment.</summary>
    InlineFragment,
    /// <summary>A variable definition.</summary>
    VariableDefinition,
    /// <summary>A schema definition.</summary>
    Schema,
    /// <summary>A scalar definition.</summary>
    Scalar,
    /// <summary>An object type definition.</summary>
    Object,
    /// <summary>A field definition.</summary>
    FieldDefinition,
    /// <summary>An argument definition.</summary>
    ArgumentDefinition,
    /// <summary>An interface definition.</summary>
    Interface,
    /// <summary>A union definition.</summary>
    Union,
    /// <summary>An enum definition.</summary>
    Enum,
    /// <summary>An enum value definition.</summary>
    EnumValue,
    /// <summary>An input object definition.</summary>
    InputObject,
    /// <summary>An input field definition.</summary>
    InputFieldDefinition,
    /// <summary>A directive definition (graphql-js 16.15; <c>@deprecated</c> may mark a directive).</summary>
    DirectiveDefinition,
}

/// <summary>Converts directive locations to and from their specification names (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The specification name of a location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The name, e.g. <c>FIELD_DEFINITION</c>.</returns>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Looks a location up by its specification name.</summary>
    /// <param name="name">The name, e.g. <c>FIELD</c>.</param>
    /// <param name="location">The location, when found.</param>
    /// <returns>Whether the name is a directive location.</returns>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
