using System.Text;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Which optional parts of the introspection query to ask for (the options of graphql-js's <c>getIntrospectionQuery</c>).</summary>
public sealed record IntrospectionOptions
{
    /// <summary>Ask for descriptions (default true).</summary>
    public bool Descriptions { get; init; } = true;

    /// <summary>Ask for scalars' <c>specifiedByURL</c>.</summary>
    public bool SpecifiedByUrl { get; init; }

    /// <summary>Ask for directives' <c>isRepeatable</c>.</summary>
    public bool DirectiveIsRepeatable { get; init; }

    /// <summary>Ask for the schema's description.</summary>
    public bool SchemaDescription { get; init; }

    /// <summary>Include deprecated arguments and input fields, with their deprecation.</summary>
    public bool InputValueDeprecation { get; init; }

    /// <summary>Ask for input objects' <c>isOneOf</c>.</summary>
    public bool OneOf { get; init; }

    /// <summary>
    /// Include deprecated directives, with their deprecation (graphql-js 16.15's
    /// <c>experimentalDirectiveDeprecation</c>).
    /// </summary>
    public bool DirectiveDeprecation { get; init; }

    /// <summary>How many <c>ofType</c> levels the <c>TypeRef</c> fragment follows (0 to 100; graphql-js's <c>typeDepth</c>, default 9).</summary>
    public int TypeDepth { get; init; } = 9;
}

/// <summary>The introspection query tools such as GraphiQL send, with the same selections as graphql-js's.</summary>
public static class IntrospectionQuery
{
    private const int MaxTypeDepth = 100;

    /// <summary>Builds the query text.</summary>
    /// <param name="options">Optional parts; null for graphql-js's defaults.</param>
    /// <returns>An operation named <c>IntrospectionQuery</c> with fragments <c>FullType</c>, <c>InputValue</c> and <c>TypeRef</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="IntrospectionOptions.TypeDepth"/> is above 100.</exception>
    public static string Build(IntrospectionOptions? options = null)
    {
        options ??= new IntrospectionOptions();
        if (options.TypeDepth > MaxTypeDepth)
        {
            // graphql-js's message for the same mistake.
            throw new ArgumentOutOfRangeException(nameof(options), options.TypeDepth, "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        }

        var description = options.Descriptions ? "description" : string.Empty;
        var inputDeprecationArgs = options.InputValueDeprecation ? "(includeDeprecated: true)" : string.Empty;
        var text = new StringBuilder();
        text.Append("query IntrospectionQuery {\n  __schema {\n");
        Line(text, 4, options.SchemaDescription ? description : string.Empty);
        Line(text, 4, "queryType { name kind }");
        Line(text, 4, "mutationType { name kind }");
        Line(text, 4, "subscriptionType { name kind }");
        Line(text, 4, "types { ...FullType }");
        Line(text, 4, options.DirectiveDeprecation ? "directives(includeDeprecated: true) {" : "directives {");
        Line(text, 6, "name");
        Line(text, 6, description);
        Line(text, 6, options.DirectiveIsRepeatable ? "isRepeatable" : string.Empty);
        Line(text, 6, options.DirectiveDeprecation ? "isDeprecated" : string.Empty);
        Line(text, 6, options.DirectiveDeprecation ? "deprecationReason" : string.Empty);
        Line(text, 6, "locations");
        Line(text, 6, "args" + inputDeprecationArgs + " { ...InputValue }");
        text.Append("    }\n  }\n}\n\nfragment FullType on __Type {\n");
        Line(text, 2, "kind");
        Line(text, 2, "name");
        Line(text, 2, description);
        Line(text, 2, options.SpecifiedByUrl ? "specifiedByURL" : string.Empty);
        Line(text, 2, options.OneOf ? "isOneOf" : string.Empty);
        Line(text, 2, "fields(includeDeprecated: true) {");
        Line(text, 4, "name");
        Line(text, 4, description);
        Line(text, 4, "args" + inputDeprecationArgs + " { ...InputValue }");
        Line(text, 4, "type { ...TypeRef }");
        Line(text, 4, "isDeprecated");
        Line(text, 4, "deprecationReason");
        Line(text, 2, "}");
        Line(text, 2, "inputFields" + inputDeprecationArgs + " { ...InputValue }");
        Line(text, 2, "interfaces { ...TypeRef }");
        Line(text, 2, "enumValues(includeDeprecated: true) {");
        Line(text, 4, "name");
        Line(text, 4, description);
        Line(text, 4, "isDeprecated");
        Line(text, 4, "deprecationReason");
        Line(text, 2, "}");
        Line(text, 2, "possibleTypes { ...TypeRef }");
        text.Append("}\n\nfragment InputValue on __InputValue {\n");
        Line(text, 2, "name");
        Line(text, 2, description);
        Line(text, 2, "type { ...TypeRef }");
        Line(text, 2, "defaultValue");
        Line(text, 2, options.InputValueDeprecation ? "isDeprecated" : string.Empty);
        Line(text, 2, options.InputValueDeprecation ? "deprecationReason" : string.Empty);
        text.Append("}\n\nfragment TypeRef on __Type {\n");
        Line(text, 2, "kind");
        Line(text, 2, "name");

        // graphql-js 16.15 asks for name before kind inside ofType, so responses list them in that order.
        for (var depth = 1; depth <= options.TypeDepth; depth++)
        {
            Line(text, 2 * depth, "ofType {");
            Line(text, 2 + (2 * depth), "name");
            Line(text, 2 + (2 * depth), "kind");
        }

        for (var depth = options.TypeDepth; depth >= 1; depth--)
        {
            Line(text, 2 * depth, "}");
        }

        return text.Append("}\n").ToString();
    }

    private static void Line(StringBuilder text, int indent, string content)
    {
        if (content.Length > 0)
        {
            text.Append(' ', indent).Append(content).Append('\n');
        }
    }
}
