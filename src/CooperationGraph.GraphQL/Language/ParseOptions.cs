namespace CooperationGraph.GraphQL.Language;

/// <summary>Options of <see cref="Parser"/>.</summary>
public sealed class ParseOptions
{
    /// <summary>The default options: locations recorded, no token limit, nesting up to <see cref="DefaultMaxDepth"/>.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The default nesting limit: deep enough for any real document, shallow enough for the call stack.</summary>
    public const int DefaultMaxDepth = 512;

    /// <summary>Whether to omit <see cref="Ast.Location"/> from nodes (smaller ASTs, no error locations).</summary>
    public bool NoLocation { get; init; }

    /// <summary>The most tokens a document may have (comments excluded), or null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The most comments a document may have, or null for no limit (graphql-js 16.15's <c>maxComments</c>).</summary>
    public int? MaxComments { get; init; }

    /// <summary>
    /// The most UTF-16 code units the source may have, checked before any token is read, or null for no limit
    /// (graphql-js 16.15's <c>maxSourceLength</c>).
    /// </summary>
    public int? MaxSourceLength { get; init; }

    /// <summary>The deepest nesting of selection sets, list and object values, and list types allowed.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// Whether a directive definition may carry directives after its arguments (<c>directive @old @deprecated on
    /// FIELD</c>), as graphql-js 16.15's opt-in <c>experimentalDirectivesOnDirectiveDefinitions</c> allows. Off by
    /// default, as in graphql-js: without it such a definition is a syntax error.
    /// </summary>
    public bool ExperimentalDirectivesOnDirectiveDefinitions { get; init; }
}
