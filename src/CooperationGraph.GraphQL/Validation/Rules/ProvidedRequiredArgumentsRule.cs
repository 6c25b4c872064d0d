using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Required Arguments: every non-null argument without a default is given.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationVisitor
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _requiredDirectiveArguments[directive.Name] = directive.Arguments
                .Where(TypePredicates.IsRequired)
                .Select(a => (a.Name, a.Type.ToString()))
                .ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _requiredDirectiveArguments[directive.Name.Value] = directive.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToList();
            }
        }
    }

    public override void Leave(Node node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { } fieldDef:
                foreach (var argument in fieldDef.Arguments)
                {
                    if (TypePredicates.IsRequired(argument) && !IsProvided(field.Arguments, argument.Name))
                    {
                        Context.ReportError(
                            $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                break;
            case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                foreach (var (name, type) in required)
                {
                    if (!IsProvided(directive.Arguments, name))
                    {
                        Context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                break;
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
