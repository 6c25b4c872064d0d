using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Defined, and In Valid Locations: every directive exists and is allowed where it is used.</summary>
internal sealed class KnownDirectivesRule : ValidationVisitor
{
    private readonly Dictionary<string, List<string>> _locations = new(StringComparer.Ordinal);
    private readonly List<Node> _ancestors = [];

    public KnownDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _locations[directive.Name] = directive.Locations.Select(l => l.ToSpecName()).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _locations[directive.Name.Value] = directive.Locations.Select(l => l.Value).ToList();
            }
        }
    }

    public override bool Enter(Node node)
    {
        if (node is DirectiveNode directive)
        {
            Check(directive);
        }

        _ancestors.Add(node);
        return true;
    }

    public override void Leave(Node node) => _ancestors.RemoveAt(_ancestors.Count - 1);

    private void Check(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Context.ReportError($"Unknown directive \"@{name}\".", directive);
            return;
        }

        var candidate = LocationOf(_ancestors[^1], _ancestors.Count > 1 ? _ancestors[^2] : null);
        if (candidate is not null && !locations.Contains(candidate))
        {
            Context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", directive);
        }
    }

    private static string? LocationOf(Node appliedTo, Node? grandparent)
    {
        DirectiveLocation? location = appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.Mutation,
                OperationType.Subscription => DirectiveLocation.Subscription,
                _ => DirectiveLocation.Query,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            DirectiveDefinitionNode or DirectiveExtensionNode => DirectiveLocation.DirectiveDefinition,
            InputValueDefinitionNode => grandparent is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
        return location?.ToSpecName();
    }
}
