using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Is Possible: a fragment's type can overlap the type it is spread into.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        var parentType = Context.TypeInfo.ParentType;
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type is GraphQLNamedType fragmentType
                    && TypePredicates.IsCompositeType(fragmentType)
                    && TypePredicates.IsCompositeType(parentType)
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType!))
                {
                    Context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        inline);
                }

                break;
            case FragmentSpreadNode spread:
                if (FragmentType(spread.Name.Value) is { } spreadType
                    && parentType is not null
                    && !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, parentType))
                {
                    Context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{spreadType}\".",
                        spread);
                }

                break;
        }

        return true;
    }

    private GraphQLNamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) is GraphQLNamedType type
        && TypePredicates.IsCompositeType(type)
            ? type
            : null;
}
