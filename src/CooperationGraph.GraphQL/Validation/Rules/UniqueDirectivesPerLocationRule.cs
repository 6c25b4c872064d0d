using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationVisitor
{
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _unique[directive.Name.Value] = !directive.Repeatable;
            }
        }
    }

    public override bool Enter(Node node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } holder)
        {
            return true;
        }

        // Schema and type extensions share their seen set with the definition they extend.
        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            TypeDefinitionNode type => TypeDirectives(type.Name.Value),
            TypeExtensionNode extension => TypeDirectives(extension.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };

        foreach (var directive in holder.Directives)
        {
            var name = directive.Name.Value;
            if (!_unique.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }
}
