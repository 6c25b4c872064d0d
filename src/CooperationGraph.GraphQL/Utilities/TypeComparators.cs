using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Compares type references as the validation rules and executor need.</summary>
public static class TypeComparators
{
    /// <summary>Whether two type references are the same type.</summary>
    /// <param name="typeA">The first type.</param>
    /// <param name="typeB">The second type.</param>
    /// <returns>True when both name the same named type under the same wrappers.</returns>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (GraphQLNonNull a, GraphQLNonNull b) => IsEqualType(a.OfType, b.OfType),
        (GraphQLList a, GraphQLList b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    /// <param name="schema">The schema, for interface implementations and union members.</param>
    /// <param name="maybeSubType">The type provided.</param>
    /// <param name="superType">The type expected.</param>
    /// <returns>True when the provided type is a subtype of the expected one.</returns>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return TypePredicates.IsAbstractType(superType)
            && maybeSubType is GraphQLFieldsType
            && schema.IsSubType((GraphQLNamedType)superType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>Whether two composite types could both describe some runtime object.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeA">The first composite type.</param>
    /// <param name="typeB">The second composite type.</param>
    /// <returns>True when some object type belongs to both.</returns>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (TypePredicates.IsAbstractType(typeA))
        {
            if (TypePredicates.IsAbstractType(typeB))
            {
                foreach (var possible in schema.GetPossibleTypes(typeB))
                {
                    if (schema.IsSubType(typeA, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return TypePredicates.IsAbstractType(typeB) && schema.IsSubType(typeB, typeA);
    }
}
