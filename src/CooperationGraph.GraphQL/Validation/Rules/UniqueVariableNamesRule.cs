using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation declares each variable name once.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
        {
            return true;
        }

        // Grouped in order of first appearance, one error per repeated name listing every declaration.
        var groups = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = [];
                order.Add(name);
            }

            group.Add(definition.Variable.Name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                Context.ReportError(new Error.GraphQLError($"There can be only one variable named \"${name}\".", groups[name]));
            }
        }

        return true;
    }
}
