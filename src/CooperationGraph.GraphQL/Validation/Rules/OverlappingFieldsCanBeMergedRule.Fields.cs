using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Whether two fields with one response key conflict, including through their sub-selections.</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both apply, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is GraphQLObjectType
                && field2.ParentType is GraphQLObjectType);
        SpendBudget(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive && CompareNamesAndArguments(field1, field2) is { } reason)
        {
            return new Conflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                TypePredicates.GetNamedType(type1),
                selectionSet1,
                TypePredicates.GetNamedType(type2),
                selectionSet2);
            return conflicts.Count > 0 ? SubfieldConflicts(conflicts, responseName, node1, node2) : null;
        }

        return null;
    }

    /// <summary>Why two fields that may both apply are not the same field, or null when they are; remembered per pair.</summary>
    private string? CompareNamesAndArguments(FieldDetails field1, FieldDetails field2)
    {
        if (field1.Comparisons.TryGetValue(field2, out var cached))
        {
            return cached;
        }

        var name1 = field1.Node.Name.Value;
        var name2 = field2.Node.Name.Value;
        var reason = name1 != name2
            ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
            : SameArguments(field1, field2) ? null : "they have differing arguments";
        field1.Comparisons[field2] = reason;
        return reason;
    }

    private bool SameArguments(FieldDetails field1, FieldDetails field2)
    {
        var arguments1 = field1.Node.Arguments;
        var arguments2 = field2.Node.Arguments;
        if (arguments1.Count == 0 || arguments2.Count == 0)
        {
            return arguments1.Count == arguments2.Count;
        }

        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        var values2 = field2.ArgumentValues;
        foreach (var argument in arguments1)
        {
            SpendBudget(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2) || ValueText(argument.Value) != ValueText(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value printed with object fields in name order: equal texts mean equal values.</summary>
    private string ValueText(ValueNode value)
    {
        if (!_valueTexts.TryGetValue(value, out var text))
        {
            _valueTexts[value] = text = Printer.Print(SortValue(value));
        }

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
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        return (type1, type2) switch
        {
            (GraphQLList list1, GraphQLList list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (GraphQLList, _) or (_, GraphQLList) => true,
            (GraphQLNonNull nonNull1, GraphQLNonNull nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (GraphQLNonNull, _) or (_, GraphQLNonNull) => true,
            _ => TypePredicates.IsLeafType(type1) || TypePredicates.IsLeafType(type2),
        };
    }

    private CollectedFields CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsAndFragmentNames(parentType, selectionSet, collected, fragmentNames);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

    private void CollectFieldsAndFragmentNames(
        GraphQLNamedType? parentType,
        SelectionSetNode selectionSet,
        CollectedFields collected,
        HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is GraphQLFieldsType fieldsType ? fieldsType.GetField(field.Name.Value) : null;
                    collected.Add(field.ResponseKey, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Resolve(Context.Schema, condition) as GraphQLNamedType
                        : parentType;
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, collected, fragmentNames);
                    break;
            }
        }
    }

    /// <summary>
    /// The conflict of two fields whose sub-fields conflict: the reasons joined until the detail passes
    /// <see cref="MaxConflictDetailLength"/> characters, and at most <see cref="MaxConflictNodes"/> nodes a side.
    /// </summary>
    private static Conflict SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var message = new System.Text.StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, static c => c.Fields1),
            CollectConflictNodes(node2, conflicts, static c => c.Fields2));
    }

    // Keeps the last nodes of each conflict while there is room, as graphql-js's collectConflictNodes does.
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var fields = side(conflict);
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(fields.Count > remaining ? fields.GetRange(fields.Count - remaining, remaining) : fields);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
