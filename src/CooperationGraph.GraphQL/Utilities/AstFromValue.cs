using System.Collections;
using System.Text.RegularExpressions;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Writes an internal input value back as a literal, as graphql-js's <c>astFromValue</c> does.</summary>
public static partial class AstFromValue
{
    /// <summary>Converts an internal value to a literal of the given input type.</summary>
    /// <param name="value">The internal value.</param>
    /// <param name="type">The input type.</param>
    /// <returns>The literal, or null when the value cannot be written for the type.</returns>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is GraphQLNonNull nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case GraphQLList list:
                if (value is IEnumerable items and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return Convert(value, list.OfType);

            case GraphQLInputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fields };

            case GraphQLEnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };

            case GraphQLScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static ValueNode? FromSerialized(object? serialized, GraphQLScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool flag:
                return new BooleanValueNode { Value = flag };
            case string text:
                if (scalar.Name == "ID" && IntegerPattern().IsMatch(text))
                {
                    return new IntValueNode { Value = text };
                }

                return new StringValueNode { Value = text };
        }

        if (SpecifiedScalars.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = serialized is double or float or decimal ? Inspect.FormatNumber(number) : System.Convert.ToString(serialized, System.Globalization.CultureInfo.InvariantCulture)!;
            return IntegerPattern().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Format(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
