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
    // abstract type one per runtime type met. The plans themselves are the operation's (OperationPlan.Subplan).
    private KeyValuePair<GraphQLObjectType, SelectionPlan>[] _subplans = [];

    public FieldPlan(GraphQLObjectType parentType, string responseKey, List<FieldNode> fieldNodes, GraphQLField field)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        FieldNodes = fieldNodes;
        Field = field;
        ReturnsLeaves = TypePredicates.GetNamedType(field.Type) is GraphQLScalarType or GraphQLEnumType;
        _argumentsNameVariables = NamesVariables(fieldNodes[0].Arguments);
    }

    public GraphQLObjectType ParentType { get; }

    public string ResponseKey { get; }

    public List<FieldNode> FieldNodes { get; }

    public GraphQLField Field { get; }

    /// <summary>Whether the field's values are scalars or enums (or lists of them): nothing below them needs the field's context.</summary>
    public bool ReturnsLeaves { get; }

    /// <summary>
    /// The coerced arguments. Without variables they are the same for every execution and are kept here; with
    /// variables they are the same for every execution of the field in one request and are kept by the request.
    /// Resolvers only read them. A coercion that throws is not kept, so each execution reports it.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments(ExecutionContext execution)
    {
        if (Field.Arguments.Count == 0)
        {
            return Values.NoArguments;
        }

        if (_arguments is { } kept)
        {
            return kept;
        }

        if (_argumentsNameVariables)
        {
            return execution.ArgumentsOf(this);
        }

        return _arguments = Coerce(execution.VariableValues);
    }

    public IReadOnlyDictionary<string, object?> Coerce(IReadOnlyDictionary<string, object?> variables)
    {
        var fieldNode = FieldNodes[0];
        return Values.GetArgumentValues(Field.Arguments, fieldNode.Arguments, fieldNode, variables);
    }

    public SelectionPlan Subplan(GraphQLObjectType runtimeType, OperationPlan operation, FieldCollector collector)
    {
        var subplans = _subplans;
        foreach (var (type, plan) in subplans)
        {
            if (ReferenceEquals(type, runtimeType))
            {
                return plan;
            }
        }

        // The same selection reached under many parent types is planned once for the operation.
        var built = operation.Subplan(runtimeType, FieldNodes, collector);
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
