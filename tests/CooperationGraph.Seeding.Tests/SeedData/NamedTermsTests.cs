using System.Text.RegularExpressions;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// Every title in 《…》 and every term a letter sets in “…” is a node — found by scanning the letters, so a
/// new letter's titles are checked without anyone listing them.
/// </summary>
public sealed partial class NamedTermsTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    // Quoted terms that name no thing, as seed-data/MODELLING.md explains: a plan period, two slogans, a list
    // of financial tools, a chain of financing stages, a list of a platform's functions.
    private static readonly HashSet<string> NotThings = new(StringComparer.Ordinal)
    {
        "十三五", "三大定位", "走出去", "技贷债补", "孵化+天使+风投+股权投资+多层次资本市场的金融服务体系", "展示、交易、共享、服务、交流、招商",
    };

    [Fact]
    public void EveryTitleInBookQuotes_IsAPolicyDocumentOrASignedAgreement()
    {
        var titles = data.LetterTexts.Values.SelectMany(text => BookTitle().Matches(text).Select(match => match.Groups["title"].Value)).Distinct().ToArray();
        var signed = data.Snapshot.Relationships.Where(relationship => relationship.Type == "PARTY_TO").Select(relationship => relationship.ToId).ToHashSet(StringComparer.Ordinal);

        // Letters 000 and 003 hold 14 distinct titles between them (10 and 4); more letters only add to them.
        Assert.True(titles.Length >= 14, $"only {titles.Length} titles found");
        Assert.All(titles, title =>
        {
            // A text someone signed is an agreement whatever its title (000:10 签订《…行动计划》, MODELLING.md).
            var node = Assert.Single(data.NodesNamed(title));
            Assert.Equal(signed.Contains(node.Id) ? "Agreement" : "PolicyDocument", node.Label);
        });
    }

    [Fact]
    public void EveryQuotedTerm_IsANodeNameAliasOrPartOfOne()
    {
        var terms = data.LetterTexts.Values.SelectMany(text => QuotedTerm().Matches(text).Select(match => match.Groups["term"].Value)).Distinct().ToArray();
        var names = data.Snapshot.Nodes.SelectMany(node => node.Aliases.Append(node.Name)).ToArray();

        Assert.NotEmpty(terms);
        Assert.All(terms.Where(term => !NotThings.Contains(term)), term => Assert.True(
            data.NodesNamed(term).Count > 0 || names.Any(name => name.Contains($"“{term}”", StringComparison.Ordinal)),
            $"“{term}” is neither a node's name or alias nor part of one"));
    }

    [Fact]
    public void TheExemptTerms_OccurInTheLetters()
    {
        // An exemption for a term no letter uses any more would hide nothing and mislead.
        Assert.All(NotThings, term => Assert.Contains(data.LetterTexts.Values, text => text.Contains($"“{term}”", StringComparison.Ordinal)));
    }

    [GeneratedRegex("《(?<title>[^《》]+)》")]
    private static partial Regex BookTitle();

    [GeneratedRegex("“(?<term>[^“”]+)”")]
    private static partial Regex QuotedTerm();
}
