using CooperationGraph.Domain.Store;

namespace CooperationGraph.Domain.Tests.Store;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("posts approved under the programme", "sts", false)]
    [InlineData("aluminium industry", "um", false)]
    [InlineData("university of macau (um)", "um", true)]
    [InlineData("中科院—广西sts计划", "sts", true)]
    [InlineData("cas–guangxi sts initiative", "guangxi sts", true)]
    [InlineData("guangdong-guangxi fund", "guangxi", true)]
    [InlineData("第20210243号提案", "20210243", true)]
    [InlineData("第20210243号提案", "0243", false)]
    [InlineData("posts, then sts", "sts", true)]
    public void A_latin_text_matches_only_where_a_word_starts(string candidate, string query, bool expected) =>
        Assert.Equal(expected, SearchWords.Contains(candidate, query));

    [Theory]
    [InlineData("广西大学", "大学")]
    [InlineData("中科院广州分院", "广州")]
    [InlineData("广西sts计划", "西sts")]
    public void A_chinese_text_matches_anywhere(string candidate, string query)
    {
        Assert.False(SearchWords.MatchAtWordStart(query));
        Assert.True(SearchWords.Contains(candidate, query));
    }
}
