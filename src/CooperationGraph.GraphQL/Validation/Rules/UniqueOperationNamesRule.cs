using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: no two operations share a name.</summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode { Name: { } name }:
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode or FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
