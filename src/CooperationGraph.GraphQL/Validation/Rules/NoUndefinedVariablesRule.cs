using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>All Variable Uses Defined: every variable an operation uses (also through fragments) is declared by it.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _defined.Clear();
                break;
            case VariableDefinitionNode definition:
                _defined.Add(definition.Variable.Name.Value);
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
            if (!_defined.Contains(name))
            {
                Context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
