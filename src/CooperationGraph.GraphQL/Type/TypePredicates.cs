namespace CooperationGraph.GraphQL.Type;

/// <summary>Classifies types the way the specification's algorithms ask about them.</summary>
public static class TypePredicates
{
    /// <summary>Whether values of the type may appear as arguments, variables and input fields.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for scalars, enums and input objects, and wrappers of them.</returns>
    public static bool IsInputType(GraphQLType type) =>
        GetNamedType(type) is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>Whether the type may be a field's result type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for every named type except input objects, and wrappers of them.</returns>
    public static bool IsOutputType(GraphQLType type) =>
        GetNamedType(type) is GraphQLScalarType or GraphQLEnumType or GraphQLObjectType or GraphQLInterfaceType
            or GraphQLUnionType;

    /// <summary>Whether the type is a scalar or an enum.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for leaf types.</returns>
    public static bool IsLeafType(GraphQLType? type) => type is GraphQLScalarType or GraphQLEnumType;

    /// <summary>Whether the type is an object, interface or union, the types with selection sets.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for composite types.</returns>
    public static bool IsCompositeType(GraphQLType? type) =>
        type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Whether the type is an interface or union.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for abstract types.</returns>
    public static bool IsAbstractType(GraphQLType? type) => type is GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Whether the type is a list or non-null wrapper.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for wrapping types.</returns>
    public static bool IsWrappingType(GraphQLType? type) => type is GraphQLList or GraphQLNonNull;

    /// <summary>Whether an input value of the type must be provided: non-null with no default.</summary>
    /// <param name="value">The argument or input field.</param>
    /// <returns>True when the value is required.</returns>
    public static bool IsRequired(GraphQLInputValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Type is GraphQLNonNull && !value.HasDefaultValue;
    }

    /// <summary>Strips every list and non-null wrapper.</summary>
    /// <param name="type">The type, or null.</param>
    /// <returns>The named type, or null.</returns>
    public static GraphQLNamedType? GetNamedType(GraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return (GraphQLNamedType?)type;
            }
        }
    }

    /// <summary>Strips a non-null wrapper, if there is one.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The nullable type.</returns>
    public static GraphQLType GetNullableType(GraphQLType type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;
}
