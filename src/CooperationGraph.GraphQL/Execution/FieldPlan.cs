using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// One response key of a planned selection set: the field nodes merged under it, the field's definition, its
/// argument values once coerced when they name no variable, and the sub-selection planned per runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly Lock _gate = new();
    private readonly bool _argumentsNameVariables;
    private IReadOnlyDictionary<string, object?>? _arguments;

    // Copy-on-write: read without a lock by every execution that shares the plan; an object type has one entry, an
    // abstract type one per runtime type met.
    private KeyValuePair<GraphQLObjectType, SelectionPlan>[] _subplans = [];

    public FieldPlan(GraphQLObjectType parentType, string responseKey, List<FieldNode> fieldNodes, GraphQLField field)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        FieldNodes = fieldNodes;
        Field = field;
        _argumentsNameVariables = NamesVariables(fieldNodes[0].Arguments);
    }

    public GraphQLObjectType ParentType { get; }

    public string ResponseKey { get; }

    public List<FieldNode> FieldNodes { get; }

    public GraphQLField Field { get; }

    /// <summary>
    /// The coerced arguments. Without variables they are the same for every execution and are kept: resolvers only
    /// read them. A coercion that throws is not kept, so each execution reports it.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (Field.Arguments.Count == 0)
        {
            return Values.NoArguments;
        }

        if (_arguments is { } kept)
        {
            return kept;
        }

        var fieldNode = FieldNodes[0];
        var arguments = Values.GetArgumentValues(Field.Arguments, fieldNode.Arguments, fieldNode, variables);
        if (!_argumentsNameVariables)
        {
            _arguments = arguments;
        }

        return arguments;
    }

    public SelectionPlan Subplan(GraphQLObjectType runtimeType, FieldCollector collector)
    {
        var subplans = _subplans;
        foreach (var (type, plan) in subplans)
        {
            if (ReferenceEquals(type, runtimeType))
            {
                return plan;
            }
        }

        // Built outside the lock: collecting may throw (a @skip argument that fails to coerce), which is the field's error.
        var built = SelectionPlan.Create(collector.Schema, runtimeType, collector.CollectSubfields(runtimeType, FieldNodes));
        lock (_gate)
        {
            foreach (var (type, plan) in _subplans)
            {
                if (ReferenceEquals(type, runtimeType))
                {
                    return plan;
                }
            }

            _subplans = [.. _subplans, new(runtimeType, built)];
        }

        return built;
    }

    private static bool NamesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (NamesVariables(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool NamesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (NamesVariables(list.Values[i]))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (NamesVariables(obj.Fields[i].Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
