using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment is spread by some operation, directly or indirectly.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    public override void Leave(Node node)
    {
        if (node is not DocumentNode)
        {
            return;
        }

        // One walk from all operations at once, as graphql-js 16.15 does (it spends the fragment work budget once).
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragmentsForOperations(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
