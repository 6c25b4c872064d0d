using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// A scalar type: a leaf value with its own coercion. Coercion failures throw a
/// <see cref="Error.GraphQLError"/> whose message is shown to the client.
/// </summary>
public sealed class GraphQLScalarType : GraphQLNamedType
{
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? _parseLiteral;

    /// <summary>Defines a scalar; omitted coercions pass values through unchanged.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="serialize">Result coercion: internal value to a JSON-ready value.</param>
    /// <param name="parseValue">Input coercion of variable values (JSON-decoded) to the internal value.</param>
    /// <param name="parseLiteral">Input coercion of a literal, with the request's variables; defaults to
    /// converting the literal to a plain value and applying <paramref name="parseValue"/>.</param>
    /// <param name="specifiedByUrl">The URL of the scalar's specification, or null.</param>
    public GraphQLScalarType(
        string name,
        string? description = null,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        string? specifiedByUrl = null)
        : base(name, description)
    {
        _serialize = serialize ?? (static value => value);
        _parseValue = parseValue ?? (static value => value);
        _parseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The URL of the scalar's specification, or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Coerces an internal value for the response.</summary>
    /// <param name="value">The resolved value (never null: nulls are handled by the executor).</param>
    /// <returns>A JSON-ready value.</returns>
    public object? Serialize(object? value) => _serialize(value);

    /// <summary>Coerces a JSON-decoded input value.</summary>
    /// <param name="value">The variable value.</param>
    /// <returns>The internal value.</returns>
    public object? ParseValue(object? value) => _parseValue(value);

    /// <summary>Coerces a literal from the document.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="variables">The request's coerced variables, for literals that embed variables.</param>
    /// <returns>The internal value.</returns>
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        _parseLiteral is not null
            ? _parseLiteral(valueNode, variables)
            : _parseValue(ValueFromAst.Untyped(valueNode, variables));
}
