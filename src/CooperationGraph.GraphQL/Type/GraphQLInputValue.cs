namespace CooperationGraph.GraphQL.Type;

/// <summary>An argument or input field: a named, typed input with an optional default.</summary>
public abstract class GraphQLInputValue
{
    private readonly object? _defaultValue;

    private protected GraphQLInputValue(
        string name,
        GraphQLType type,
        string? description,
        string? deprecationReason,
        bool hasDefaultValue,
        object? defaultValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        DeprecationReason = deprecationReason;
        HasDefaultValue = hasDefaultValue;
        _defaultValue = defaultValue;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the input is deprecated, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether a default value was declared (a declared default may itself be null).</summary>
    public bool HasDefaultValue { get; }

    /// <summary>The default as an internal value (already coerced), meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => _defaultValue;

    /// <summary>The SDL definition the input was built from, or null.</summary>
    public Language.Ast.Node? AstNode { get; init; }
}

/// <summary>An argument of a field or directive.</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    /// <summary>Defines an argument without a default.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The input type.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why it is deprecated, or null.</param>
    public GraphQLArgument(string name, GraphQLType type, string? description = null, string? deprecationReason = null)
        : base(name, type, description, deprecationReason, hasDefaultValue: false, defaultValue: null)
    {
    }

    /// <summary>Defines an argument with a default value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The input type.</param>
    /// <param name="defaultValue">The default, as an internal value.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why it is deprecated, or null.</param>
    public GraphQLArgument(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null)
        : base(name, type, description, deprecationReason, hasDefaultValue: true, defaultValue)
    {
    }
}

/// <summary>A field of an input object type.</summary>
public sealed class GraphQLInputField : GraphQLInputValue
{
    /// <summary>Defines an input field without a default.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The input type.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why it is deprecated, or null.</param>
    public GraphQLInputField(string name, GraphQLType type, string? description = null, string? deprecationReason = null)
        : base(name, type, description, deprecationReason, hasDefaultValue: false, defaultValue: null)
    {
    }

    /// <summary>Defines an input field with a default value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The input type.</param>
    /// <param name="defaultValue">The default, as an internal value.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why it is deprecated, or null.</param>
    public GraphQLInputField(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null)
        : base(name, type, description, deprecationReason, hasDefaultValue: true, defaultValue)
    {
    }
}
