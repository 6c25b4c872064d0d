using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is VariableDefinitionNode variable
            && TypeFromAst.Resolve(Context.Schema, variable.Type) is { } type
            && !TypePredicates.IsInputType(type))
        {
            Context.ReportError(
                $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".",
                variable.Type);
        }

        return true;
    }
}
