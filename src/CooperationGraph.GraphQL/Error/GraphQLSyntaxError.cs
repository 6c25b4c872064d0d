using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Error;

/// <summary>Creates the errors the lexer and parser raise for malformed documents.</summary>
public static class GraphQLSyntaxError
{
    /// <summary>Creates a syntax error located at a character offset, worded <c>Syntax Error: …</c>.</summary>
    /// <param name="source">The document text.</param>
    /// <param name="position">The 0-based offset of the problem.</param>
    /// <param name="description">What is wrong, e.g. <c>Unexpected "}".</c></param>
    /// <returns>The error, ready to throw.</returns>
    public static GraphQLError Create(Source source, int position, string description) =>
        new("Syntax Error: " + description, source: source, positions: [position]);
}
