using System.Globalization;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Type;

/// <summary>The five scalars every schema has: Int, Float, String, Boolean and ID.</summary>
public static class SpecifiedScalars
{
    /// <summary>A signed 32-bit integer.</summary>
    public static GraphQLScalarType Int { get; } = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        SerializeInt,
        ParseIntValue,
        ParseIntLiteral);

    /// <summary>A finite double-precision number.</summary>
    public static GraphQLScalarType Float { get; } = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        SerializeFloat,
        ParseFloatValue,
        ParseFloatLiteral);

    /// <summary>A UTF-8 string.</summary>
    public static GraphQLScalarType String { get; } = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        SerializeString,
        ParseStringValue,
        ParseStringLiteral);

    /// <summary>True or false.</summary>
    public static GraphQLScalarType Boolean { get; } = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        SerializeBoolean,
        ParseBooleanValue,
        ParseBooleanLiteral);

    /// <summary>A unique identifier, serialized as a string; accepts strings and integers as input.</summary>
    public static GraphQLScalarType ID { get; } = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        SerializeId,
        ParseIdValue,
        ParseIdLiteral);

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<GraphQLScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>Whether a scalar is one of the five specified scalars (by name, as the specification defines).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for Int, Float, String, Boolean and ID.</returns>
    public static bool IsSpecified(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name is "Int" or "Float" or "String" or "Boolean" or "ID";
    }

    internal static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            default: number = 0; return false;
        }
    }

    private static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    // JavaScript's Number(string): surrounding whitespace ignored, an empty string is 0, anything else non-numeric is NaN.
    private static double JsNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
    }

    private static object? SerializeInt(object? value)
    {
        double number;
        if (value is bool flag)
        {
            return flag ? 1 : 0;
        }

        if (value is string text && text.Length > 0)
        {
            number = JsNumber(text);
        }
        else if (!TryGetNumber(value, out number))
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Format(value));
        }

        if (!IsInteger(number))
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Format(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + Inspect.Format(value));
        }

        return (int)number;
    }

    private static object? ParseIntValue(object? value)
    {
        if (!TryGetNumber(value, out var number) || !IsInteger(number))
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Format(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + Inspect.FormatNumber(number));
        }

        return (int)number;
    }

    private static object? ParseIntLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not IntValueNode intNode)
        {
            throw new GraphQLError("Int cannot represent non-integer value: " + Printer.Print(node), [node]);
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + intNode.Value, [node]);
        }

        return result;
    }

    private static object? SerializeFloat(object? value)
    {
        double number;
        if (value is bool flag)
        {
            return flag ? 1d : 0d;
        }

        if (value is string text && text.Length > 0)
        {
            number = JsNumber(text);
        }
        else if (!TryGetNumber(value, out number))
        {
            throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Format(value));
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Format(value));
        }

        return number;
    }

    private static object? ParseFloatValue(object? value)
    {
        if (!TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Format(value));
        }

        return number;
    }

    private static object? ParseFloatLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = node switch
        {
            FloatValueNode floatNode => floatNode.Value,
            IntValueNode intNode => intNode.Value,
            _ => throw new GraphQLError("Float cannot represent non numeric value: " + Printer.Print(node), [node]),
        };
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object? SerializeString(object? value)
    {
        switch (value)
        {
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
        }

        if (TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is double or float or decimal ? Inspect.FormatNumber(number) : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        throw new GraphQLError("String cannot represent value: " + Inspect.Format(value));
    }

    private static object? ParseStringValue(object? value) =>
        value as string ?? throw new GraphQLError("String cannot represent a non string value: " + Inspect.Format(value));

    private static object? ParseStringLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode stringNode
            ? stringNode.Value
            : throw new GraphQLError("String cannot represent a non string value: " + Printer.Print(node), [node]);

    private static object? SerializeBoolean(object? value)
    {
        if (value is bool flag)
        {
            return flag;
        }

        if (TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Format(value));
    }

    private static object? ParseBooleanValue(object? value) =>
        value is bool flag
            ? flag
            : throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Format(value));

    private static object? ParseBooleanLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is BooleanValueNode booleanNode
            ? booleanNode.Value
            : throw new GraphQLError("Boolean cannot represent a non boolean value: " + Printer.Print(node), [node]);

    private static object? SerializeId(object? value)
    {
        if (value is string text)
        {
            return text;
        }

        if (TryGetNumber(value, out var number) && IsInteger(number))
        {
            return Inspect.FormatNumber(number);
        }

        throw new GraphQLError("ID cannot represent value: " + Inspect.Format(value));
    }

    private static object? ParseIdValue(object? value)
    {
        if (value is string text)
        {
            return text;
        }

        if (TryGetNumber(value, out var number) && IsInteger(number))
        {
            return Inspect.FormatNumber(number);
        }

        throw new GraphQLError("ID cannot represent value: " + Inspect.Format(value));
    }

    private static object? ParseIdLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode stringNode => stringNode.Value,
        IntValueNode intNode => intNode.Value,
        _ => throw new GraphQLError("ID cannot represent a non-string and non-integer value: " + Printer.Print(node), [node]),
    };
}
