using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>All Variable Usages Are Allowed: each variable's type fits every position it is used in.</summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _definitions[definition.Variable.Name.Value] = definition;
                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = TypeFromAst.Resolve(Context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.Definition))
            {
                Context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } oneOf && variableType is not GraphQLNonNull)
            {
                Context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    // A nullable variable may fill a non-null position when either side supplies a non-null default.
    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, GraphQLInputValue? location)
    {
        if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            var hasLocationDefault = location?.HasDefaultValue == true;
            return (hasNonNullVariableDefault || hasLocationDefault)
                && TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
