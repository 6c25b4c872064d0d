using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Argument Names: every argument given to a field or directive is defined by it.</summary>
internal sealed class KnownArgumentNamesRule : ValidationVisitor
{
    private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _directiveArguments[directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
            }
        }
    }

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                CheckDirective(directive);

                // Directive arguments are checked here, not as field arguments below.
                return false;
            case ArgumentNode argument when Context.TypeInfo.Argument is null
                && Context.TypeInfo.FieldDef is { } fieldDef
                && Context.TypeInfo.ParentType is { } parentType:
                var name = argument.Name.Value;
                var suggestions = Suggestions.SuggestionList(name, fieldDef.Arguments.Select(a => a.Name));
                Context.ReportError(
                    $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(null, suggestions),
                    argument);
                break;
        }

        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        var directiveName = directive.Name.Value;
        if (!_directiveArguments.TryGetValue(directiveName, out var known))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            if (!known.Contains(name))
            {
                Context.ReportError(
                    $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(null, Suggestions.SuggestionList(name, known)),
                    argument);
            }
        }
    }
}
