using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    public static TheoryData<string> Corpus() => [.. TestDocuments.CorpusNames()];

    /// <summary>The expected texts were printed by graphql-js (tests/js/gql-lang/print-corpus.mjs).</summary>
    [Theory]
    [MemberData(nameof(Corpus))]
    public void CorpusDocuments_PrintExactlyAsGraphQLJsDoes(string name)
    {
        var document = TestDocuments.Parse(TestDocuments.ReadCorpus(name));
        var expected = TestDocuments.ReadCorpus(name.Replace(".graphql", ".printed.graphql", StringComparison.Ordinal));
        Assert.Equal(expected.TrimEnd('\n'), Printer.Print(document));
    }

    [Fact]
    public void AnonymousQuery_PrintsAsShorthandUnlessItHasMore()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(TestDocuments.Parse("query { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(TestDocuments.Parse("query @d { a }")));
        Assert.Equal("query ($v: Int) {\n  a\n}", Printer.Print(TestDocuments.Parse("query ($v: Int) { a }")));
    }

    [Fact]
    public void LongArgumentLists_WrapOnePerLine()
    {
        var shortField = TestDocuments.Parse("{ f(a: 1, b: 2) }");
        Assert.Equal("{\n  f(a: 1, b: 2)\n}", Printer.Print(shortField));
        var longField = TestDocuments.Parse("{ aVeryLongFieldName(firstArgument: \"a long string value\", secondArgument: 12345678, third: true) }");
        Assert.Equal(
            "{\n  aVeryLongFieldName(\n    firstArgument: \"a long string value\"\n    secondArgument: 12345678\n    third: true\n  )\n}",
            Printer.Print(longField));
    }

    [Theory]
    [InlineData("simple", "\"simple\"")]
    [InlineData("quote \" and \\ slash", "\"quote \\\" and \\\\ slash\"")]
    [InlineData("line\nbreak\ttab\r\b\f", "\"line\\nbreak\\ttab\\r\\b\\f\"")]
    [InlineData("\u0001\u001F\u007F\u0085", "\"\\u0001\\u001F\\u007F\\u0085\"")]
    [InlineData("\u00e9\U0001F600", "\"\u00e9\U0001F600\"")]
    public void Strings_EscapeQuotesBackslashesAndControls(string value, string printed)
    {
        Assert.Equal(printed, Printer.PrintString(value));
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Nodes_PrintThemselvesThroughToString()
    {
        Assert.Equal("[Int!]", Parser.ParseType("[Int!]").ToString());
        Assert.Equal("{a: [1, 2], b: $v}", Parser.ParseValue("{a:[1,2] b:$v}").ToString());
    }

    [Fact]
    public void ConstructedAst_PrintsWithoutLocations()
    {
        var document = new DocumentNode
        {
            Definitions =
            [
                new OperationDefinitionNode
                {
                    Operation = OperationType.Mutation,
                    Name = new NameNode { Value = "M" },
                    SelectionSet = new SelectionSetNode
                    {
                        Selections = [new FieldNode { Name = new NameNode { Value = "go" } }],
                    },
                },
            ],
        };
        Assert.Equal("mutation M {\n  go\n}", Printer.Print(document));
        TestDocuments.AssertRoundTrips(document);
    }
}
