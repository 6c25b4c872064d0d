using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Type;

/// <summary>An enum type: a closed set of names, each standing for an internal value.</summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, GraphQLEnumValue> _byValue = [];

    /// <summary>Defines an enum type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="values">The values in declaration order.</param>
    /// <param name="description">The description, or null.</param>
    public GraphQLEnumType(string name, IEnumerable<GraphQLEnumValue> values, string? description = null)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values];
        foreach (var value in Values)
        {
            if (!_byName.TryAdd(value.Name, value))
            {
                throw new InvalidOperationException($"Enum {name} defines {value.Name} more than once.");
            }

            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values { get; }

    /// <summary>Finds a value by name.</summary>
    /// <param name="name">The value's name.</param>
    /// <returns>The value, or null.</returns>
    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Coerces an internal value to the name that represents it.</summary>
    /// <param name="value">The internal value.</param>
    /// <returns>The value's name.</returns>
    public string Serialize(object? value)
    {
        if (value is not null && _byValue.TryGetValue(value, out var enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Format(value)}");
    }

    /// <summary>Coerces a JSON-decoded variable value (a name) to the internal value.</summary>
    /// <param name="value">The variable value.</param>
    /// <returns>The internal value.</returns>
    public object? ParseValue(object? value)
    {
        if (value is not string name)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Format(value)}." + SuggestFor(Inspect.Format(value)));
        }

        if (!_byName.TryGetValue(name, out var enumValue))
        {
            throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + SuggestFor(name));
        }

        return enumValue.Value;
    }

    /// <summary>Coerces an enum literal to the internal value.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <returns>The internal value.</returns>
    public object? ParseLiteral(ValueNode valueNode)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        if (valueNode is not EnumValueNode enumNode)
        {
            var printed = Printer.Print(valueNode);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + SuggestFor(printed), [valueNode]);
        }

        if (!_byName.TryGetValue(enumNode.Value, out var enumValue))
        {
            throw new GraphQLError($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + SuggestFor(enumNode.Value), [valueNode]);
        }

        return enumValue.Value;
    }

    private string SuggestFor(string unknown)
    {
        var names = new List<string>(Values.Count);
        foreach (var value in Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(unknown, names));
    }
}

/// <summary>One value of an enum type.</summary>
public sealed class GraphQLEnumValue
{
    /// <summary>Defines an enum value.</summary>
    /// <param name="name">The name clients use.</param>
    /// <param name="value">The internal value resolvers see and return; defaults to the name.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the value is deprecated, or null.</param>
    public GraphQLEnumValue(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name clients use.</summary>
    public string Name { get; }

    /// <summary>The internal value.</summary>
    public object Value { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the value is deprecated, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The SDL definition the value was built from, or null.</summary>
    public Node? AstNode { get; init; }
}
