using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// Prints an AST as canonical GraphQL, in graphql-js's <c>print</c> layout: two-space indentation, one selection
/// per line, argument lists wrapped when a field's line would pass 80 characters.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node and everything under it.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The GraphQL text.</returns>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new PrintWriter();
        Print(writer, node);
        return writer.ToString();
    }

    private static void Print(PrintWriter w, Node node)
    {
        switch (node)
        {
            case NameNode name:
                w.Write(name.Value);
                break;
            case DocumentNode document:
                for (var i = 0; i < document.Definitions.Count; i++)
                {
                    w.Write(i == 0 ? string.Empty : "\n\n");
                    Print(w, document.Definitions[i]);
                }

                break;
            case OperationDefinitionNode operation:
                PrintOperation(w, operation);
                break;
            case VariableDefinitionNode variable:
                PrintVariableDefinition(w, variable);
                break;
            case SelectionSetNode selectionSet:
                Block(w, selectionSet.Selections);
                break;
            case FieldNode field:
                PrintField(w, field);
                break;
            case ArgumentNode argument:
                w.Write(argument.Name.Value).Write(": ");
                PrintValue(w, argument.Value);
                break;
            case FragmentSpreadNode spread:
                w.Write("...").Write(spread.Name.Value);
                Directives(w, spread.Directives, leadingSpace: true);
                break;
            case InlineFragmentNode inline:
                w.Write("...");
                if (inline.TypeCondition is { } condition)
                {
                    w.Write(" on ").Write(condition.Name.Value);
                }

                Directives(w, inline.Directives, leadingSpace: true);
                BlockAfterSpace(w, inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Description(w, fragment.Description);
                w.Write("fragment ").Write(fragment.Name.Value).Write(" on ").Write(fragment.TypeCondition.Name.Value).Write(' ');
                if (fragment.Directives.Count > 0)
                {
                    Directives(w, fragment.Directives, leadingSpace: false);
                    w.Write(' ');
                }

                Block(w, fragment.SelectionSet.Selections);
                break;
            case ValueNode value:
                PrintValue(w, value);
                break;
            case ObjectFieldNode field:
                w.Write(field.Name.Value).Write(": ");
                PrintValue(w, field.Value);
                break;
            case DirectiveNode directive:
                PrintDirective(w, directive);
                break;
            case TypeNode type:
                w.Write(PrintType(type));
                break;
            case OperationTypeDefinitionNode operationType:
                w.Write(OperationName(operationType.Operation)).Write(": ").Write(operationType.Type.Name.Value);
                break;
            default:
                PrintTypeSystem(w, node);
                break;
        }
    }

    private static void PrintOperation(PrintWriter w, OperationDefinitionNode node)
    {
        // The prefix is measured as a whole: an anonymous query with nothing else to say prints as the shorthand.
        var prefix = new PrintWriter();
        Description(prefix, node.Description);
        prefix.Write(OperationName(node.Operation));
        var hasNameOrVariables = node.Name is not null || node.VariableDefinitions.Count > 0;
        if (hasNameOrVariables)
        {
            prefix.Write(' ').Write(node.Name?.Value ?? string.Empty);
            VariableDefinitions(prefix, node.VariableDefinitions);
        }

        Directives(prefix, node.Directives, leadingSpace: true);
        var text = prefix.ToString();
        if (text != "query")
        {
            w.Write(text).Write(' ');
        }

        Block(w, node.SelectionSet.Selections);
    }

    private static void VariableDefinitions(PrintWriter w, IReadOnlyList<VariableDefinitionNode> definitions)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        var printed = PrintEach(definitions);
        var multiline = HasMultilineItems(printed);
        w.Write(multiline ? "(\n" : "(");
        for (var i = 0; i < printed.Length; i++)
        {
            w.Write(i == 0 ? string.Empty : multiline ? "\n" : ", ").Write(printed[i]);
        }

        w.Write(multiline ? "\n)" : ")");
    }

    private static void PrintVariableDefinition(PrintWriter w, VariableDefinitionNode node)
    {
        Description(w, node.Description);
        w.Write('$').Write(node.Variable.Name.Value).Write(": ").Write(PrintType(node.Type));
        if (node.DefaultValue is { } defaultValue)
        {
            w.Write(" = ");
            PrintValue(w, defaultValue);
        }

        Directives(w, node.Directives, leadingSpace: true);
    }

    private static void PrintField(PrintWriter w, FieldNode node)
    {
        if (node.Alias is { } alias)
        {
            w.Write(alias.Value).Write(": ");
        }

        w.Write(node.Name.Value);
        if (node.Arguments.Count > 0)
        {
            var prefixLength = (node.Alias is null ? 0 : node.Alias.Value.Length + 2) + node.Name.Value.Length;
            var printed = PrintEach(node.Arguments);
            var oneLineLength = prefixLength + 2 + printed.Sum(a => a.Length) + (2 * (printed.Length - 1));
            ArgumentList(w, printed, wrap: oneLineLength > MaxLineLength);
        }

        Directives(w, node.Directives, leadingSpace: true);
        if (node.SelectionSet is { } selectionSet)
        {
            BlockAfterSpace(w, selectionSet);
        }
    }

    /// <summary>Arguments on one line, or one per line, indented, when wrapped.</summary>
    private static void ArgumentList(PrintWriter w, string[] printed, bool wrap)
    {
        if (printed.Length == 0)
        {
            return;
        }

        if (!wrap)
        {
            w.Write('(').Write(string.Join(", ", printed)).Write(')');
            return;
        }

        w.Write('(');
        w.Indent();
        foreach (var item in printed)
        {
            w.NewLine().Write(item);
        }

        w.Outdent();
        w.NewLine().Write(')');
    }

    private static void PrintDirective(PrintWriter w, DirectiveNode directive)
    {
        w.Write('@').Write(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            w.Write('(');
            for (var i = 0; i < directive.Arguments.Count; i++)
            {
                w.Write(i == 0 ? string.Empty : ", ");
                Print(w, directive.Arguments[i]);
            }

            w.Write(')');
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static void Description(PrintWriter w, StringValueNode? description)
    {
        if (description is not null)
        {
            PrintValue(w, description);
            w.NewLine();
        }
    }

    private static void Directives(PrintWriter w, IReadOnlyList<DirectiveNode> directives, bool leadingSpace)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (i > 0 || leadingSpace)
            {
                w.Write(' ');
            }

            PrintDirective(w, directives[i]);
        }
    }

    /// <summary>Each item on its own line inside an indented <c>{ }</c> block; nothing at all for no items.</summary>
    private static void Block<T>(PrintWriter w, IReadOnlyList<T> items)
        where T : Node
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write('{');
        w.Indent();
        foreach (var item in items)
        {
            w.NewLine();
            Print(w, item);
        }

        w.Outdent();
        w.NewLine().Write('}');
    }

    private static void BlockAfterSpace(PrintWriter w, SelectionSetNode selectionSet) => BlockAfterSpace(w, selectionSet.Selections);

    /// <summary>Prints each node on its own, unindented, for measuring and joining.</summary>
    private static string[] PrintEach<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
