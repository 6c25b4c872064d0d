using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an anonymous operation must be the document's only operation.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor(context)
{
    private int _operationCount;

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        _operationCount++;
                    }
                }

                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                Context.ReportError("This anonymous operation must be the only defined operation.", operation);
                break;
        }

        return true;
    }
}
