namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// The insertion-ordered, identity-keyed type set graphql-js's schema constructor walks; a type named twice by two
/// different instances is reported rather than silently merged.
/// </summary>
internal sealed class TypeCollector
{
    private readonly List<GraphQLNamedType?> _order = [];
    private readonly Dictionary<GraphQLNamedType, int> _positions = new(ReferenceEqualityComparer.Instance);

    public void Seed(GraphQLNamedType type)
    {
        if (!_positions.ContainsKey(type))
        {
            Add(type);
        }
    }

    public void Remove(GraphQLNamedType type)
    {
        if (_positions.Remove(type, out var position))
        {
            _order[position] = null;
        }
    }

    public void Collect(GraphQLType? type)
    {
        var named = TypePredicates.GetNamedType(type);
        if (named is null || _positions.ContainsKey(named))
        {
            return;
        }

        Add(named);
        switch (named)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }

                break;
            case GraphQLFieldsType fieldsType:
                foreach (var @interface in fieldsType.Interfaces)
                {
                    Collect(@interface);
                }

                foreach (var field in fieldsType.Fields.Values)
                {
                    Collect(field.Type);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type);
                    }
                }

                break;
            case GraphQLInputObjectType inputObject:
                foreach (var field in inputObject.Fields.Values)
                {
                    Collect(field.Type);
                }

                break;
        }
    }

    public OrderedDictionary<string, GraphQLNamedType> ToTypeMap()
    {
        var map = new OrderedDictionary<string, GraphQLNamedType>(_positions.Count, StringComparer.Ordinal);
        foreach (var type in _order)
        {
            if (type is null)
            {
                continue;
            }

            if (!map.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

        return map;
    }

    private void Add(GraphQLNamedType type)
    {
        _positions[type] = _order.Count;
        _order.Add(type);
    }
}
