using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData(new[] { "", "  Hello,", "    World!", "", "  Yours,", "    GraphQL." }, "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData(new[] { "  first", "  second" }, "  first\nsecond")]
    [InlineData(new[] { "", "", "  ", "" }, "")]
    [InlineData(new[] { "\t tab", "\t\t two" }, "\t tab\ntwo")]
    [InlineData(new[] { "a", "    b", "  ", "  c" }, "a\n  b\n\nc")]
    public void DedentLines_RemovesCommonIndentAndBlankEdges(string[] lines, string value)
    {
        Assert.Equal(value, BlockString.DedentLines(lines));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("two\nlines", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  indented\n  both", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("trailing space  ", true)]
    public void IsPrintable_DetectsValuesThatWouldNotRoundTrip(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }

    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Print_AddsLineBreaksWhereTheyKeepTheValue(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Print_Minimized_OmitsOptionalBreaks()
    {
        Assert.Equal("\"\"\"two\nlines\"\"\"", BlockString.Print("two\nlines", minimize: true));
    }
}
