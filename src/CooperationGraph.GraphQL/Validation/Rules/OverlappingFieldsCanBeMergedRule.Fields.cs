using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Whether two fields with one response key conflict, including through their sub-selections.</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        // Fields on two different object types can never both apply, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is GraphQLObjectType
                && field2.ParentType is GraphQLObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Conflict.Of(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!SameArguments(node1, node2))
            {
                return Conflict.Of(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Of(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                TypePredicates.GetNamedType(type1),
                selectionSet1,
                TypePredicates.GetNamedType(type2),
                selectionSet2);
            return conflicts.Count > 0 ? Conflict.FromSubfields(responseName, conflicts, node1, node2) : null;
        }

        return null;
    }

    private bool SameArguments(FieldNode node1, FieldNode node2)
    {
        var arguments1 = node1.Arguments;
        var arguments2 = node2.Arguments;
        if (arguments1.Count == 0 || arguments2.Count == 0)
        {
            return arguments1.Count == arguments2.Count;
        }

        return arguments1.Count == arguments2.Count && ArgumentText(node1) == ArgumentText(node2);
    }

    /// <summary>The field's arguments printed in name order with object fields sorted: equal texts mean equal arguments.</summary>
    private string ArgumentText(FieldNode node)
    {
        if (_argumentTexts.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var arguments = node.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).ToList();
        var builder = new System.Text.StringBuilder();
        foreach (var argument in arguments)
        {
            builder.Append(argument.Name.Value).Append(':').Append(Printer.Print(SortValue(argument.Value))).Append(',');
        }

        // A repeated argument name would make the texts ambiguous; UniqueArgumentNames reports it, here it simply differs.
        var text = builder.ToString();
        _argumentTexts[node] = text;
        return text;
    }

    private static ValueNode SortValue(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode
        {
            Fields = obj.Fields
                .OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                .Select(f => new ObjectFieldNode { Name = f.Name, Value = SortValue(f.Value) })
                .ToList(),
        },
        ListValueNode list => new ListValueNode { Values = list.Values.Select(SortValue).ToList() },
        _ => value,
    };

    /// <summary>Two types conflict when no value could have both: different list/non-null shapes or different leaves.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
    {
        (GraphQLList list1, GraphQLList list2) => DoTypesConflict(list1.OfType, list2.OfType),
        (GraphQLList, _) or (_, GraphQLList) => true,
        (GraphQLNonNull nonNull1, GraphQLNonNull nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
        (GraphQLNonNull, _) or (_, GraphQLNonNull) => true,
        _ when TypePredicates.IsLeafType(type1) || TypePredicates.IsLeafType(type2) => !ReferenceEquals(type1, type2),
        _ => false,
    };

    private FieldsAndFragments GetFieldsAndFragmentNames(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames, seenFragments);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        var fragmentType = TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) as GraphQLNamedType;
        return GetFieldsAndFragmentNames(fragmentType, fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(
        GraphQLNamedType? parentType,
        SelectionSetNode selectionSet,
        FieldMap fieldMap,
        List<string> fragmentNames,
        HashSet<string> seenFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is GraphQLFieldsType fieldsType ? fieldsType.GetField(field.Name.Value) : null;
                    fieldMap.Add(field.ResponseKey, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Resolve(Context.Schema, condition) as GraphQLNamedType
                        : parentType;
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames, seenFragments);
                    break;
            }
        }
    }
}
