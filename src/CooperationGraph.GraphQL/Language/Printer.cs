using System.Text;
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
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(Map(document.Definitions), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(Map(selectionSet.Selections)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition?.Name.Value), Directives(inline.Directives), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment => Description(fragment.Description)
                + "fragment " + fragment.Name.Value + " on " + fragment.TypeCondition.Name.Value + " "
                + Wrap(string.Empty, Directives(fragment.Directives), " ") + Print(fragment.SelectionSet),
            ValueNode value => PrintValue(value),
            ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(Map(directive.Arguments), ", "), ")"),
            TypeNode type => PrintType(type),
            OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + operationType.Type.Name.Value,
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = Map(node.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var prefix = Description(node.Description) + Join(
            [OperationName(node.Operation), (node.Name?.Value ?? string.Empty) + variableDefinitions, Directives(node.Directives)],
            " ");

        // An anonymous query with nothing else to say prints as the shorthand selection set.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(node.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) =>
        Description(node.Description) + "$" + node.Variable.Name.Value + ": " + PrintType(node.Type)
        + Wrap(" = ", node.DefaultValue is null ? null : PrintValue(node.DefaultValue))
        + Wrap(" ", Directives(node.Directives));

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, node.Alias?.Value, ": ") + node.Name.Value;
        var arguments = Map(node.Arguments);
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join(
            [argumentsLine, Directives(node.Directives), node.SelectionSet is null ? null : Print(node.SelectionSet)],
            " ");
    }

    private static string PrintValue(ValueNode node) => node switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => text.Block ? BlockString.Print(text.Value) : PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(Map(list.Values), ", ") + "]",
        ObjectValueNode obj => "{" + Join(Map(obj.Fields), ", ") + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown value node."),
    };

    private static string PrintType(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown type node."),
    };

    /// <summary>Prints a string as a quoted literal, escaping quotes, backslashes and control characters.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The literal, including its quotes.</returns>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : PrintValue(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(Map(directives), " ");

    private static string[] Map<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    /// <summary>Joins the non-empty parts with a separator.</summary>
    private static string Join(IReadOnlyList<string?> parts, string separator)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (!first)
            {
                builder.Append(separator);
            }

            builder.Append(part);
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>Each item on its own line inside an indented <c>{ }</c> block; nothing for no items.</summary>
    private static string Block(IReadOnlyList<string?> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(IReadOnlyList<string> items)
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
