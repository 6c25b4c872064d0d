using System.Globalization;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Converts input literals to internal values, as graphql-js's <c>valueFromAST</c> does.</summary>
public static class ValueFromAst
{
    /// <summary>Coerces a literal against an input type.</summary>
    /// <param name="valueNode">The literal, or null.</param>
    /// <param name="type">The expected input type.</param>
    /// <param name="variables">Coerced variable values the literal may refer to, or null.</param>
    /// <param name="value">The internal value, when valid.</param>
    /// <returns>False when the literal is not a valid value of the type (or is absent).</returns>
    public static bool TryConvert(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is GraphQLNonNull)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return valueNode is not NullValueNode && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            GraphQLList list => TryConvertList(valueNode, list, variables, out value),
            GraphQLInputObjectType inputObject => TryConvertObject(valueNode, inputObject, variables, out value),
            GraphQLScalarType scalar => TryLeaf(() => scalar.ParseLiteral(valueNode, variables), out value),
            GraphQLEnumType enumType => TryLeaf(() => enumType.ParseLiteral(valueNode), out value),
            _ => false,
        };
    }

    /// <summary>Converts a literal to a plain value without a type (lists, string-keyed dictionaries, primitives).</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="variables">Variable values the literal may refer to, or null.</param>
    /// <returns>The plain value.</returns>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (valueNode)
        {
            case NullValueNode:
                return null;
            case IntValueNode intNode:
                return int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
                    ? (object)small
                    : double.Parse(intNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode floatNode:
                return double.Parse(floatNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode stringNode:
                return stringNode.Value;
            case EnumValueNode enumNode:
                return enumNode.Value;
            case BooleanValueNode booleanNode:
                return booleanNode.Value;
            case ListValueNode listNode:
                var items = new List<object?>(listNode.Values.Count);
                foreach (var item in listNode.Values)
                {
                    items.Add(Untyped(item, variables));
                }

                return items;
            case ObjectValueNode objectNode:
                var fields = new Dictionary<string, object?>(objectNode.Fields.Count, StringComparer.Ordinal);
                foreach (var field in objectNode.Fields)
                {
                    fields[field.Name.Value] = Untyped(field.Value, variables);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                return null;
        }
    }

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        // As graphql-js's valueFromAST: whatever a scalar's literal parser throws makes the literal invalid, so a
        // custom scalar's unexpected exception becomes a validation or argument error instead of escaping.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryConvertList(ValueNode valueNode, GraphQLList list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        var itemType = list.OfType;
        if (valueNode is not ListValueNode listNode)
        {
            if (!TryConvert(valueNode, itemType, variables, out var single))
            {
                value = null;
                return false;
            }

            value = new List<object?>(1) { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is GraphQLNonNull)
                {
                    value = null;
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryConvert(itemNode, itemType, variables, out var item))
            {
                value = null;
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryConvertObject(ValueNode valueNode, GraphQLInputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var nodes = new Dictionary<string, ValueNode>(objectNode.Fields.Count, StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            nodes[fieldNode.Name.Value] = fieldNode.Value;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!nodes.TryGetValue(field.Name, out var fieldValueNode) || IsMissingVariable(fieldValueNode, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldValueNode, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                return false;
            }

            foreach (var entry in result)
            {
                if (entry.Value is null)
                {
                    return false;
                }
            }
        }

        value = result;
        return true;
    }
}
