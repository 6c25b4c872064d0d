using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Whether a document asks for the schema (<c>__schema</c> or <c>__type</c>) anywhere, fragments included.</summary>
internal static class IntrospectionFinder
{
    public static bool Introspects(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && Introspects(selections))
            {
                return true;
            }
        }

        return false;
    }

    // __typename stays allowed: clients need it for abstract types, and it reveals nothing the response does not.
    private static bool Introspects(SelectionSetNode selections)
    {
        foreach (var selection in selections.Selections)
        {
            if (selection is FieldNode { Name.Value: "__schema" or "__type" })
            {
                return true;
            }

            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (nested is not null && Introspects(nested))
            {
                return true;
            }
        }

        return false;
    }
}
