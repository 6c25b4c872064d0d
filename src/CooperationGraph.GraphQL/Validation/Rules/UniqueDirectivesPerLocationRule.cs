using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationVisitor
{
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);

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

        // Schema and type extensions share their seen set with the definition they extend; so do a directive's definition and extensions.
        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            TypeDefinitionNode type => SeenOn(_typeDirectives, type.Name.Value),
            TypeExtensionNode extension => SeenOn(_typeDirectives, extension.Name.Value),
            DirectiveDefinitionNode definition => SeenOn(_directiveDirectives, definition.Name.Value),
            DirectiveExtensionNode extension => SeenOn(_directiveDirectives, extension.Name.Value),
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

    private static Dictionary<string, DirectiveNode> SeenOn(Dictionary<string, Dictionary<string, DirectiveNode>> byName, string name)
    {
        if (!byName.TryGetValue(name, out var seen))
        {
            byName[name] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }
}
