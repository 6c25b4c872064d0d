using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object literal gives each field once.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Stack<Dictionary<string, NameNode>> _knownNameStack = new();
    private Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _knownNameStack.Push(_knownNames);
                _knownNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                break;
            case ObjectFieldNode field:
                if (_knownNames.TryGetValue(field.Name.Value, out var first))
                {
                    Context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    _knownNames[field.Name.Value] = field.Name;
                }

                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is ObjectValueNode)
        {
            _knownNames = _knownNameStack.Pop();
        }
    }
}
