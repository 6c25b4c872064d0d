using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Tests.Language;

/// <summary>Malformed documents give graphql-js's messages and locations (expectations taken from graphql-js 16).</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Foo($x: Int = $y) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 21)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend scalar Foo", "Syntax Error: Unexpected <EOF>.", 1, 18)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend Foo { a }", "Syntax Error: Unexpected Name \"Foo\".", 1, 8)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("directive @d on FIELD | NOT_A_LOCATION", "Syntax Error: Unexpected Name \"NOT_A_LOCATION\".", 1, 25)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   ", "Syntax Error: Unexpected <EOF>.", 1, 4)]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Q($a) { b }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("{ f(x: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    public void MalformedDocuments_ReportWhereAndWhat(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Null(error.Path);
    }

    [Fact]
    public void MaxTokens_CountsTokensButNotComments()
    {
        const string text = "# comment\n{ a b c }";
        Assert.Single(Parser.Parse(text, new ParseOptions { MaxTokens = 5 }).Definitions);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, new ParseOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(2, 9)], error.Locations);
    }

    // graphql-js 16.15's opt-in limits, with its messages and locations.
    [Theory]
    [InlineData("# a\n# b\n{ a } # c", 2, null, "Syntax Error: Document contains more than 2 comments. Parsing aborted.", 3, 7)]
    [InlineData("# a\n# b\n{ a }", 2, null, null, 0, 0)]
    [InlineData("{ a } # c", 0, null, "Syntax Error: Document contains more than 0 comments. Parsing aborted.", 1, 7)]
    [InlineData("{ a }\n{ b }", null, 8, "Syntax Error: Source contains more than 8 UTF-16 code units. Parsing aborted.", 2, 3)]
    [InlineData("{ a }", null, 5, null, 0, 0)]
    [InlineData("{ a # x\n b }", 0, 3, "Syntax Error: Source contains more than 3 UTF-16 code units. Parsing aborted.", 1, 4)]
    public void MaxComments_and_MaxSourceLength_abort_parsing_as_graphql_js_does(string text, int? maxComments, int? maxSourceLength, string? message, int line, int column)
    {
        var options = new ParseOptions { MaxComments = maxComments, MaxSourceLength = maxSourceLength };
        if (message is null)
        {
            Assert.NotEmpty(Parser.Parse(text, options).Definitions);
            return;
        }

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, options));
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void MaxComments_counts_a_comment_read_by_a_lookahead_once()
    {
        // After "extend" the parser looks ahead for the keyword, reading the comment; advancing reuses that read.
        var document = Parser.Parse("extend # one\n scalar S @d", new ParseOptions { MaxComments = 1 });
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("extend # one\n scalar S @d", new ParseOptions { MaxComments = 0 }));
        var inValue = Assert.Throws<GraphQLError>(() => Parser.ParseValue("[1, # c\n 2]", new ParseOptions { MaxComments = 0 }));

        Assert.Single(document.Definitions);
        Assert.Equal("Syntax Error: Document contains more than 0 comments. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 8)], error.Locations);
        Assert.Equal([new SourceLocation(1, 5)], inValue.Locations);
    }

    [Theory]
    [InlineData("{a{a{a{a{a}}}}}", 5, true)]
    [InlineData("{a{a{a{a{a{a}}}}}}", 5, false)]
    [InlineData("{a(x:[[[[1]]]])}", 5, true)]
    [InlineData("{a(x:[[[[[1]]]]])}", 5, false)]
    [InlineData("{a(x:{b:{c:{d:1}}})}", 4, true)]
    [InlineData("query($v:[[[[[Int]]]]]){a}", 5, true)]
    [InlineData("query($v:[[[[[[Int]]]]]]){a}", 5, false)]
    public void MaxDepth_LimitsNesting(string text, int maxDepth, bool accepted)
    {
        var options = new ParseOptions { MaxDepth = maxDepth };
        if (accepted)
        {
            Assert.NotNull(TestDocuments.Parse(text, options));
        }
        else
        {
            var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, options));
            Assert.Equal($"Syntax Error: Document nesting exceeds the maximum depth of {maxDepth}.", error.Message);
        }
    }

    [Fact]
    public void DeepNesting_GivesAGraphQLErrorNotAStackOverflow()
    {
        var deepSelections = new string('{', 100_000) + new string('}', 100_000);
        var deepList = "{ a(x: " + new string('[', 100_000) + new string(']', 100_000) + ") }";
        var deepType = "query($v: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        foreach (var text in new[] { deepSelections, deepList, deepType })
        {
            var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
            Assert.StartsWith("Syntax Error:", error.Message, StringComparison.Ordinal);
        }
    }
}
