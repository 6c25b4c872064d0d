using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// An operation's selections as the cost calculator walks them: at each level, one entry per response key (fields
/// merged across fragments, as execution merges them) with the weights and list sizing of its field. Built once per
/// operation of a cached document; it does not depend on variables.
/// </summary>
internal sealed class CostPlan
{
    private CostPlan(CostEntry[] entries) => Entries = entries;

    public CostEntry[] Entries { get; }

    /// <summary>The operation's integer variable defaults (on the root plan only): a variable the request omits slices by its default.</summary>
    public IReadOnlyDictionary<string, IntValueNode> VariableDefaults { get; private init; } = s_noDefaults;

    private static readonly Dictionary<string, IntValueNode> s_noDefaults = [];

    public static CostPlan Build(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        var defaults = new Dictionary<string, IntValueNode>(StringComparer.Ordinal);
        foreach (var variable in operation.VariableDefinitions)
        {
            if (variable.DefaultValue is IntValueNode value)
            {
                defaults[variable.Variable.Name.Value] = value;
            }
        }

        var root = new Builder(schema, fragments).Build(schema.GetRootType(operation.Operation), [operation.SelectionSet]);
        return new CostPlan(root.Entries) { VariableDefaults = defaults };
    }

    private sealed class Builder(GraphQLSchema schema, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        public CostPlan Build(GraphQLNamedType? parentType, IEnumerable<SelectionSetNode> selectionSets)
        {
            var groups = new List<(GraphQLNamedType? Parent, List<FieldNode> Nodes)>();
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selectionSet in selectionSets)
            {
                Collect(parentType, selectionSet, groups, keys, visitedFragments);
            }

            var entries = new CostEntry[groups.Count];
            for (var i = 0; i < groups.Count; i++)
            {
                entries[i] = Entry(groups[i].Parent, groups[i].Nodes);
            }

            return new CostPlan(entries);
        }

        private void Collect(
            GraphQLNamedType? parentType,
            SelectionSetNode selectionSet,
            List<(GraphQLNamedType? Parent, List<FieldNode> Nodes)> groups,
            Dictionary<string, int> keys,
            HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when keys.TryGetValue(field.ResponseKey, out var index):
                        groups[index].Nodes.Add(field);
                        break;
                    case FieldNode field:
                        keys[field.ResponseKey] = groups.Count;
                        groups.Add((parentType, [field]));
                        break;
                    case InlineFragmentNode inline:
                        var conditionType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                        Collect(conditionType, inline.SelectionSet, groups, keys, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        Collect(schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, groups, keys, visitedFragments);
                        break;
                }
            }
        }

        private CostEntry Entry(GraphQLNamedType? parentType, List<FieldNode> nodes)
        {
            var first = nodes[0];
            var field = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, first.Name.Value);
            var namedType = TypePredicates.GetNamedType(field?.Type);
            var typeWeight = namedType?.CostWeight ?? (TypePredicates.IsCompositeType(namedType) ? 1 : 0);
            var isList = field is not null && TypePredicates.GetNullableType(field.Type) is GraphQLList;
            var child = first.SelectionSet is null ? null : Build(namedType, nodes.Where(static node => node.SelectionSet is not null).Select(static node => node.SelectionSet!));
            return new CostEntry(first, field, isList, field?.CostWeight ?? 0, typeWeight, child);
        }
    }
}

/// <summary>One response key of a <see cref="CostPlan"/> level.</summary>
/// <param name="Node">The first field node of the key (merged nodes have the same arguments).</param>
/// <param name="Field">The field's definition, or null when the parent type is unknown.</param>
/// <param name="IsList">Whether the field returns a list.</param>
/// <param name="FieldWeight">What resolving the field costs once.</param>
/// <param name="TypeWeight">What each value of the field's type costs.</param>
/// <param name="Child">The plan of the sub-selection, or null for a leaf.</param>
internal sealed record CostEntry(FieldNode Node, GraphQLField? Field, bool IsList, long FieldWeight, long TypeWeight, CostPlan? Child)
{
    public string Key => Node.ResponseKey;
}
