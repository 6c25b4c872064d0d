using System.Text;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Export;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>String and number literals of the export script read back to the same value, whatever the text holds.</summary>
public sealed class CypherLiteralTests
{
    public static TheoryData<string> Nasty() => [.. NastyStrings.All];

    [Theory]
    [MemberData(nameof(Nasty))]
    public void String_RoundTripsThroughTheScanner(string text)
    {
        var literal = new StringBuilder();
        CypherLiteral.WriteString(literal, text);
        Assert.Equal(text, new CypherScanner(literal.ToString(), 1).String());
    }

    [Theory]
    [MemberData(nameof(Nasty))]
    public void String_StaysOnOneLine_AndClosesItsQuoteOnlyAtTheEnd(string text)
    {
        var literal = new StringBuilder();
        CypherLiteral.WriteString(literal, text);
        var written = literal.ToString();
        Assert.DoesNotContain('\n', written);
        Assert.DoesNotContain('\r', written);
        Assert.DoesNotContain('\u2028', written);
        // Every quote inside is escaped: an odd run of backslashes precedes it.
        for (var index = 1; index < written.Length - 1; index++)
        {
            if (written[index] == '\'')
            {
                var backslashes = 0;
                for (var before = index - 1; before >= 0 && written[before] == '\\'; before--)
                {
                    backslashes++;
                }

                Assert.True(backslashes % 2 == 1, $"unescaped quote at {index} in {written}");
            }
        }
    }

    [Theory]
    [InlineData(3.0, "3.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e20, "1E20")]
    [InlineData(1.5e-7, "1.5E-07")]
    public void Float_AlwaysReadsBackAsAFloat(double value, string expected)
    {
        var literal = new StringBuilder();
        CypherLiteral.Write(literal, value);
        Assert.Equal(expected, literal.ToString());
        Assert.Equal(value, Assert.IsType<double>(new CypherScanner(literal.ToString(), 1).Literal()));
    }

    [Fact]
    public void Integer_ReadsBackAsAnInteger()
    {
        var literal = new StringBuilder();
        CypherLiteral.Write(literal, -42L);
        Assert.Equal(-42L, Assert.IsType<long>(new CypherScanner(literal.ToString(), 1).Literal()));
    }

    [Fact]
    public void Map_QuotesKeys_AndSortsThem()
    {
        var literal = new StringBuilder();
        CypherLiteral.WriteMap(literal, new Dictionary<string, object?> { ["b"] = true, ["a"] = new List<object?> { "x", "y" } });
        Assert.Equal("{`a`: ['x', 'y'], `b`: true}", literal.ToString());
    }

    [Fact]
    public void NonFiniteFloat_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Write(new StringBuilder(), double.NaN));
    }

    [Fact]
    public void Scanner_RefusesWhatTheExporterNeverWrites()
    {
        Assert.Throws<FormatException>(() => new CypherScanner("'unterminated", 7).Literal());
        Assert.Throws<FormatException>(() => new CypherScanner("'bad \\q escape'", 7).Literal());
        var error = Assert.Throws<FormatException>(() => new CypherScanner("{a: 1, a: 2}", 7).Literal());
        Assert.StartsWith("line 7, column", error.Message, StringComparison.Ordinal);
    }
}
