using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Type;

/// <summary>The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Includes a field or fragment only when <c>if</c> is true.</summary>
    public static GraphQLDirective Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary>Skips a field or fragment when <c>if</c> is true.</summary>
    public static GraphQLDirective Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary>Marks a schema element as no longer supported.</summary>
    public static GraphQLDirective Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
        [
            new GraphQLArgument(
                "reason",
                SpecifiedScalars.String,
                (object)DefaultDeprecationReason,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."),
        ],
        "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary>Links a custom scalar to its specification.</summary>
    public static GraphQLDirective SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new GraphQLArgument("url", new GraphQLNonNull(SpecifiedScalars.String), "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary>Requires exactly one non-null field of an input object.</summary>
    public static GraphQLDirective OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        [],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All five, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive is one of the specified ones (by name).</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>True for the five specified directives.</returns>
    public static bool IsSpecified(GraphQLDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
    }
}
