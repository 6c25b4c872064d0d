namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>The region reference data: both blocs complete, coded and placed in the hierarchy.</summary>
public sealed class RegionTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    // The 14 prefecture-level cities of Guangxi and the 11 cities of the Greater Bay Area, as the brief lists them.
    public static TheoryData<string> GuangxiCities => new() { "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左" };

    public static TheoryData<string> GreaterBayAreaCities => new() { "广州", "深圳", "珠海", "佛山", "惠州", "东莞", "中山", "江门", "肇庆", "香港", "澳门" };

    [Theory]
    [MemberData(nameof(GuangxiCities))]
    public void EveryGuangxiCity_IsAPrefectureCityOfTheGuangxiBloc(string city)
    {
        var region = Assert.Single(data.NodesNamed(city), node => node.Label == "Region");

        Assert.Equal("Guangxi", region.Properties["bloc"]);
        Assert.Equal("prefecture-city", region.Properties["kind"]);
        Assert.Matches("^45[0-9]{2}00$", (string)region.Properties["adminCode"]);
        Assert.Contains(data.Snapshot.Relationships, relationship => relationship is { Type: "PART_OF", ToId: "region:guangxi" } && relationship.FromId == region.Id);
    }

    [Theory]
    [MemberData(nameof(GreaterBayAreaCities))]
    public void EveryGreaterBayAreaCity_BelongsToTheGreaterBayAreaBloc(string city)
    {
        var region = Assert.Single(data.NodesNamed(city), node => node.Label == "Region");

        Assert.Equal("GreaterBayArea", region.Properties["bloc"]);
        Assert.Contains(data.Snapshot.Relationships, relationship => relationship is { Type: "PART_OF", ToId: "region:greater-bay-area" } && relationship.FromId == region.Id);
    }

    [Fact]
    public void EveryProvinceAndSar_IsNamedByItsShortEnglishNameAsByItsChineseOne()
    {
        // 广西 finds 广西壮族自治区; Guangxi must find it too, before 广西大学 (Guangxi University) and every other body
        // whose English name starts with the region's.
        string[] kinds = ["province", "autonomous-region", "sar"];
        string[] suffixes = [" Zhuang Autonomous Region", " Special Administrative Region", " Province"];
        var regions = data.Snapshot.Nodes.Where(node => node.Label == "Region" && node.Properties.TryGetValue("kind", out var kind) && kind is string text && kinds.Contains(text)).ToArray();

        Assert.True(regions.Length >= 5, $"{regions.Length} provinces and SARs");
        Assert.All(regions, region =>
        {
            var suffix = Assert.Single(suffixes, suffix => region.NameEn!.EndsWith(suffix, StringComparison.Ordinal));
            Assert.Contains(region.NameEn![..^suffix.Length], region.Aliases);
        });
    }

    [Fact]
    public void TheGreaterBayArea_HasExactlyElevenCities()
    {
        var members = data.Snapshot.Relationships.Where(relationship => relationship is { Type: "PART_OF", ToId: "region:greater-bay-area" }).Select(relationship => relationship.FromId).ToArray();

        Assert.Equal(11, members.Distinct().Count());
    }

    [Fact]
    public void AdminCodes_AreUniqueAndSixDigits()
    {
        var codes = data.Snapshot.Nodes.Where(node => node.Label == "Region" && node.Properties.ContainsKey("adminCode"))
            .Select(node => (string)node.Properties["adminCode"]).ToArray();

        Assert.All(codes, code => Assert.Matches("^[0-9]{6}$", code));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void ACityCode_StartsWithItsProvinceCode()
    {
        var regions = data.Snapshot.Nodes.Where(node => node.Label == "Region").ToDictionary(node => node.Id);
        var coded = data.Snapshot.Relationships
            .Where(relationship => relationship.Type == "PART_OF" && regions.ContainsKey(relationship.FromId) && regions.ContainsKey(relationship.ToId))
            .Select(relationship => (City: regions[relationship.FromId], Province: regions[relationship.ToId]))
            .Where(pair => pair.City.Properties.ContainsKey("adminCode") && pair.Province.Properties.ContainsKey("adminCode"))
            .ToArray();

        Assert.NotEmpty(coded);
        Assert.All(coded, pair => Assert.StartsWith(((string)pair.Province.Properties["adminCode"])[..2], (string)pair.City.Properties["adminCode"], StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCityALetterNames_CarriesALetterSource()
    {
        var regions = data.Snapshot.Nodes.Where(node => node.Label == "Region" && (string)node.Properties["kind"] == "prefecture-city").ToArray();
        var named = regions.Where(region => data.LetterTexts.Values.Any(text => text.Contains(region.Name, StringComparison.Ordinal))).ToArray();

        Assert.NotEmpty(named);
        Assert.All(named, region => Assert.Contains(region.Sources, source => source.Quote is not null));
    }
}
