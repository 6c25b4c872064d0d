using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: no two fragments share a name.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                if (_known.TryGetValue(fragment.Name.Value, out var first))
                {
                    Context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                }
                else
                {
                    _known[fragment.Name.Value] = fragment.Name;
                }

                return false;
            default:
                return true;
        }
    }
}
