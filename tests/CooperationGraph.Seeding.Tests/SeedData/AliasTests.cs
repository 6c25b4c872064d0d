using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>One thing named in different ways, in one letter or across both, is one node.</summary>
public sealed class AliasTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    public static TheoryData<string, string[]> SameEntity => new()
    {
        { "org:gx-dost", ["广西壮族自治区科学技术厅", "自治区科技厅", "广西科技厅"] },
        { "org:bgi-shenzhen", ["深圳华大基因", "华大基因"] },
        { "fund:yuegui-joint-fund", ["粤桂科技合作联合资金", "粤桂联合基金", "粤桂合作联合基金"] },
        { "org:tsinghua-shenzhen", ["清华大学深圳研究院", "深圳清华研究院"] },
        { "org:castc", ["中国—东盟技术转移中心", "中国-东盟技术转移中心"] },
        { "org:gd-dost", ["广东省科技厅", "广东省科学技术厅"] },
        { "org:gx-finance-regulation", ["自治区地方金融监管局", "广西地方金融监管局"] },
        { "org:yuegui-zone", ["粤桂合作特别试验区", "粤桂合作特别试验区（广西片区）"] },
        { "org:guilin-sdz", ["桂林国家可持续发展议程创新示范区", "桂林可持续发展议程创新示范区", "桂林创新示范区"] },
        { "fund:gx-innovation-driven-special", ["广西创新驱动发展专项", "广西创新驱动发展专项资金"] },
        { "fund:kechuangdai", ["科创贷", "桂惠贷—科创贷"] },
    };

    [Theory]
    [MemberData(nameof(SameEntity))]
    public void EveryNameOfTheEntity_ResolvesToTheOneNode(string id, string[] names)
    {
        Assert.All(names, name =>
        {
            var named = data.NodesNamed(name);
            Assert.True(named.Count == 1, $"'{name}' names {named.Count} nodes: {string.Join(", ", named.Select(node => node.Id))}");
            Assert.Equal(id, named[0].Id);
        });
    }

    [Fact]
    public void ZoneAndItsPartner_HaveTheLabelsTheModelGivesThem()
    {
        Assert.Equal("ParkOrZone", data.Node("org:yuegui-zone").Label);
        Assert.Equal("GovernmentAgency", data.Node("org:gd-dost").Label);
        Assert.Contains(data.Snapshot.Relationships, relationship =>
            relationship is { Type: "COOPERATES_WITH", FromId: "org:gx-dost", ToId: "org:gd-dost" });
    }

    [Fact]
    public void EntitiesNamedInBothLetters_CarrySourcesFromBoth()
    {
        var letters = data.LetterTexts.Keys.ToArray();

        Assert.All(new[] { "org:gx-dost", "org:castc", "org:gx-finance-regulation", "fund:gx-innovation-driven-special" }, id =>
            Assert.All(letters, letter => Assert.Contains(data.Node(id).Sources, source => source.DocumentId == letter)));
    }

    [Fact]
    public void NoTwoNodes_ShareAName()
    {
        var shared = data.Snapshot.Nodes.GroupBy(node => node.Name, StringComparer.Ordinal).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(node => node.Id))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void NoNameOrAlias_IsSharedByTwoNodes()
    {
        // A search for any name or alias must land on one node, or the graph cannot tell the two apart.
        var shared = data.Snapshot.Nodes.SelectMany(node => node.Aliases.Append(node.Name).Distinct().Select(name => (Name: name, node.Id)))
            .GroupBy(pair => pair.Name, StringComparer.Ordinal).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Id))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void NoAlias_IsAShortFormThatNeedsTheLettersContext()
    {
        // 政府, 试验区, 我厅, 科技厅 name a body only inside a letter of Guangxi: an alias must name it on its own.
        var shortForms = ShortForms();
        var misused = data.Snapshot.Nodes.SelectMany(node => node.Aliases.Append(node.Name).Where(shortForms.ContainsKey)
            .Select(name => $"{node.Id}: '{name}' (a short form of {shortForms[name]})")).ToArray();

        Assert.NotEmpty(shortForms);
        Assert.Empty(misused);
    }

    [Fact]
    public void EveryShortFormListed_BelongsToAnEntityAndOccursInALetter()
    {
        Assert.All(ShortForms(), pair =>
        {
            Assert.True(data.HasNode(pair.Value), $"MODELLING.md lists '{pair.Key}' for '{pair.Value}', which is no node");
            Assert.Contains(data.LetterTexts.Values, text => text.Contains(pair.Key, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void EveryLetterQuote_OfAnEntity_NamesItByNameOrAlias()
    {
        // A quote about a node should mention it; a miss points at a forgotten alias (or a wrong quote). A short
        // form the letters use in their own context (MODELLING.md) counts, though it is no alias.
        var shortFormsOf = ShortForms().GroupBy(pair => pair.Value).ToDictionary(group => group.Key, group => group.Select(pair => pair.Key).ToArray());
        var exempt = new HashSet<string>(StringComparer.Ordinal) { "Indicator", "Region", "Sector", "Document", "Agreement" };

        // Named only inside a list (依托桂林、南宁、柳州、北海等4家国家高新区): no quote holds the full name.
        var listed = new HashSet<string>(StringComparer.Ordinal) { "org:guilin-hitech-zone", "org:nanning-hitech-zone", "org:liuzhou-hitech-zone", "org:beihai-hitech-zone" };
        var misses = data.Snapshot.Nodes.Where(node => !exempt.Contains(node.Label) && !listed.Contains(node.Id))
            .SelectMany(node => node.Sources.Where(source => source.Quote is { } quote
                    && !new[] { node.Name }.Concat(node.Aliases).Concat(shortFormsOf.GetValueOrDefault(node.Id, []))
                        .Any(name => quote.Contains(name.Trim('“', '”', '《', '》'), StringComparison.Ordinal)))
                .Select(source => $"{node.Id}: «{source.Quote}»"))
            .ToArray();

        Assert.Empty(misses);
    }

    [Fact]
    public void EveryDepartmentOrBureau_IsAlsoNamedAsPeopleShortenIt()
    {
        // 自治区教育厅 is 广西教育厅, 广东省科技厅 广东科技厅, 梧州市科技局 梧州科技局: the place without its administrative
        // level is how people name a department or bureau (and a search for it finds nothing else), so it is an alias.
        var prefixes = new (string Prefix, string Place)[] { ("自治区", "广西"), ("广西壮族自治区", "广西"), ("广东省", "广东") };
        var missing = data.Snapshot.Nodes.Where(node => node.Label == "GovernmentAgency")
            .Select(node => (node, Short: ShortName(node.Name, prefixes)))
            .Where(pair => pair.Short is not null && !pair.node.Aliases.Contains(pair.Short))
            .Select(pair => $"{pair.node.Id}: '{pair.node.Name}' has no alias '{pair.Short}'")
            .ToArray();

        Assert.Contains(data.Snapshot.Nodes, node => node.Id == "org:wuzhou-sti-bureau" && node.Aliases.Contains("梧州科技局"));
        Assert.Empty(missing);
    }

    /// <summary>The name with 自治区/广西壮族自治区/广东省 as 广西/广东, or a city's 市 left out; null unless it names a 厅, 局 or (government) 委.</summary>
    private static string? ShortName(string name, (string Prefix, string Place)[] prefixes)
    {
        if (!(name.EndsWith('厅') || name.EndsWith('局') || (name.EndsWith('委') && !name.EndsWith("党委", StringComparison.Ordinal))))
        {
            return null;
        }

        foreach (var (prefix, place) in prefixes.OrderByDescending(pair => pair.Prefix.Length))
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return place + name[prefix.Length..];
            }
        }

        // 梧州市科技局: a two-character city name before 市.
        return name.Length > 3 && name[2] == '市' ? string.Concat(name.AsSpan(0, 2), name.AsSpan(3)) : null;
    }

    /// <summary>Short form → the entity id it stands for in the letters, from MODELLING.md.</summary>
    private static Dictionary<string, string> ShortForms() =>
        ModellingDocument.IdTable("Short forms that are not aliases")
            .SelectMany(row => row.Text.Split(['，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(form => (Form: form, row.Id)))
            .ToDictionary(pair => pair.Form, pair => pair.Id, StringComparer.Ordinal);
}
