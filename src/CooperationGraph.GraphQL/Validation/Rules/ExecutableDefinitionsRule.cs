using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Executable Definitions: a document to execute holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            var name = definition switch
            {
                ExecutableDefinitionNode => null,
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => '"' + type.Name.Value + '"',
                TypeExtensionNode extension => '"' + extension.Name.Value + '"',
                DirectiveDefinitionNode directive => '"' + directive.Name.Value + '"',
                DirectiveExtensionNode directive => '"' + directive.Name.Value + '"',
                _ => null,
            };
            if (name is not null)
            {
                Context.ReportError($"The {name} definition is not executable.", definition);
            }
        }

        return false;
    }
}
