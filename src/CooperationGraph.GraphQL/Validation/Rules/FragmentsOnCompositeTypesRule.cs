using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Context.ReportError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        TypeFromAst.Resolve(Context.Schema, condition) is { } type && !TypePredicates.IsCompositeType(type);
}
