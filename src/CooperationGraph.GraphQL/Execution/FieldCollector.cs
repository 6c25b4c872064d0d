using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// CollectFields of the specification: groups a selection set's fields by response key for a runtime object type,
/// honouring <c>@skip</c>, <c>@include</c> and fragment type conditions. Execution collects through
/// <see cref="OperationPlan"/>, which keeps what is collected.
/// </summary>
internal sealed class FieldCollector(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    public GraphQLSchema Schema => schema;

    public OrderedDictionary<string, List<FieldNode>> CollectFields(GraphQLObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(runtimeType, selectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(GraphQLObjectType returnType, List<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(returnType, selectionSet, fields, visited);
            }
        }

        return fields;
    }

    private void Collect(GraphQLObjectType runtimeType, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    if (fields.TryGetValue(key, out var group))
                    {
                        group.Add(field);
                    }
                    else
                    {
                        fields.Add(key, [field]);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline) || !ConditionMatches(inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(runtimeType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(runtimeType, fragment.SelectionSet, fields, visitedFragments);
                    break;
            }
        }
    }

    private bool ShouldInclude(SelectionNode node)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        if (Values.GetDirectiveValues(SpecifiedDirectives.Skip, node, variables) is { } skip && skip.TryGetValue("if", out var skipIf) && skipIf is true)
        {
            return false;
        }

        return Values.GetDirectiveValues(SpecifiedDirectives.Include, node, variables) is not { } include
            || !include.TryGetValue("if", out var includeIf)
            || includeIf is not false;
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition, GraphQLObjectType runtimeType)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = TypeFromAst.Resolve(schema, typeCondition);
        if (ReferenceEquals(conditionalType, runtimeType))
        {
            return true;
        }

        return conditionalType is GraphQLNamedType named && TypePredicates.IsAbstractType(named) && schema.IsSubType(named, runtimeType);
    }
}
