using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Known Type Names: every type a document names (in variables and type conditions) exists in the schema.</summary>
internal sealed class KnownTypeNamesRule : ValidationVisitor
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field",
        "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
    private List<string>? _typeNames;
    private bool _inTypeSystemDefinition;

    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.Add(type.Name.Value);
            }
        }
    }

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case TypeSystemDefinitionNode or TypeSystemExtensionNode:
                _inTypeSystemDefinition = true;
                break;
            case NamedTypeNode named:
                Check(named);
                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is TypeSystemDefinitionNode or TypeSystemExtensionNode)
        {
            _inTypeSystemDefinition = false;
        }
    }

    private void Check(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || _definedTypes.Contains(name))
        {
            return;
        }

        // Type-system definitions may refer to the standard types even when the schema leaves them out.
        if (_inTypeSystemDefinition && Array.IndexOf(StandardTypeNames, name) >= 0)
        {
            return;
        }

        _typeNames ??= [.. Context.Schema.TypeMap.Keys, .. _definedTypes];
        var candidates = _inTypeSystemDefinition ? StandardTypeNames.Concat(_typeNames) : _typeNames;
        var suggestions = Suggestions.SuggestionList(name, candidates);
        Context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(null, suggestions), node);
    }
}
