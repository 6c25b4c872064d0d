using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>All Variables Used: every variable an operation declares is used by it or the fragments it spreads.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _definitions.Add(definition);
                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation || _definitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
