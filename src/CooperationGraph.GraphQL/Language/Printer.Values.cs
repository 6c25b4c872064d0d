using System.Text;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

public static partial class Printer
{
    private static void PrintValue(PrintWriter w, ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                w.Write('$').Write(variable.Name.Value);
                break;
            case IntValueNode integer:
                w.Write(integer.Value);
                break;
            case FloatValueNode number:
                w.Write(number.Value);
                break;
            case StringValueNode text:
                w.Write(text.Block ? BlockString.Print(text.Value) : PrintString(text.Value));
                break;
            case BooleanValueNode boolean:
                w.Write(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                w.Write("null");
                break;
            case EnumValueNode enumValue:
                w.Write(enumValue.Value);
                break;
            case ListValueNode list:
                w.Write('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    w.Write(i == 0 ? string.Empty : ", ");
                    PrintValue(w, list.Values[i]);
                }

                w.Write(']');
                break;
            case ObjectValueNode obj:
                w.Write('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    w.Write(i == 0 ? string.Empty : ", ");
                    Print(w, obj.Fields[i]);
                }

                w.Write('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown value node.");
        }
    }

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
}
