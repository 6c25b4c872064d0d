using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

// Expected orders are graphql-js's naturalCompare and suggestionList on the same inputs (unchanged from 16.12 to 16.15).
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("T2", "T10", -1)]
    [InlineData("a01", "a1", -1)]
    [InlineData("a007", "a7", -1)]
    [InlineData("a1b", "a01b", 1)]
    [InlineData("abc", "abcd", -1)]
    [InlineData("b", "a", 1)]
    [InlineData("same", "same", 0)]
    public void Natural_order_compares_digit_runs_by_value(string a, string b, int expected) =>
        Assert.Equal(expected, Math.Sign(NaturalOrder.Compare(a, b)));

    [Fact]
    public void Digit_runs_too_long_for_any_integer_type_compare_without_throwing()
    {
        Assert.Equal(-1, Math.Sign(NaturalOrder.Compare("x" + new string('1', 40), "x" + new string('2', 40))));

        // Past double's range both runs are Infinity, as in JavaScript, so they tie.
        Assert.Equal(0, NaturalOrder.Compare("x" + new string('9', 400) + "1", "x" + new string('9', 400) + "2"));
    }

    [Fact]
    public void Suggestion_lists_name_each_option_once()
    {
        Assert.Equal(["Name", "name", "nme"], Suggestions.SuggestionList("nam", ["name", "nme", "name", "Name", "x"]));
        Assert.Equal(" Did you mean \"Name\", \"name\", or \"nme\"?", Suggestions.DidYouMean(null, Suggestions.SuggestionList("nam", ["name", "nme", "name", "Name"])));
    }

    [Fact]
    public void Suggestion_lists_rank_by_distance_then_natural_order()
    {
        Assert.Equal(["T2", "t1"], Suggestions.SuggestionList("t", ["T10", "T2", "t1"]));
        Assert.Equal(["suggestion"], Suggestions.SuggestionList("sugestion", ["suggestion", "unrelated"]));
    }
}
