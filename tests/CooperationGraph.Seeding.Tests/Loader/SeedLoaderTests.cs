using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>What a valid seed-data directory loads into.</summary>
public sealed class SeedLoaderTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_ValidFixture_HasEveryDocumentAndEntityOnce()
    {
        var snapshot = _fixture.Load();

        Assert.Equal(
            new[] { "doc:test-codes", "doc:test-letter", "lab:test-joint-lab", "org:test-dost", "org:test-education", "org:test-jiusan", "org:test-university", "region:test-city" },
            snapshot.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ConcreteLabel_CarriesAncestorsMostGeneralFirst()
    {
        var university = Node(_fixture.Load(), "org:test-university");

        Assert.Equal("University", university.Label);
        Assert.Equal(["Entity", "Organisation", "University"], university.Labels);
    }

    [Fact]
    public void Load_Mention_MergesAliasesAndSourcesIntoDefinition()
    {
        var university = Node(_fixture.Load(), "org:test-university");

        Assert.Equal(["测大"], university.Aliases);
        Assert.Equal(
            [
                new Provenance("doc:test-letter", "一/（一）/一是", "测试科技厅与测试大学共建联合实验室"),
                new Provenance("doc:test-letter", "一/（一）/二是", "测大在2021年5月与测试市开展合作"),
            ],
            university.Sources);
    }

    [Fact]
    public void Load_MentionsInSeveralFiles_MergeInOrdinalPathOrder()
    {
        _fixture.Write("facts/z.yaml", Mention("末"));
        _fixture.Write("facts/0.yaml", Mention("零"));
        _fixture.Write("facts/sub/x.yaml", Mention("子"));

        var university = Node(_fixture.Load(), "org:test-university");

        // facts/0.yaml < facts/a.yaml (the definition) < facts/b.yaml < facts/sub/x.yaml < facts/z.yaml
        Assert.Equal(["零", "测大", "子", "末"], university.Aliases);
    }

    [Fact]
    public void Load_EntityFields_AreCopied()
    {
        var dost = Node(_fixture.Load(), "org:test-dost");

        Assert.Equal("测试省科学技术厅", dost.Name);
        Assert.Equal("Department of Science and Technology of Test Province", dost.NameEn);
        Assert.Equal(new LocalizedText("The provincial science department", "省科技厅"), dost.Description);
        Assert.Equal("TDST", dost.Properties["abbreviation"]);
        Assert.Equal("provincial", dost.Properties["level"]);
    }

    [Fact]
    public void Load_Abbreviation_IsAlsoAnAlias()
    {
        // A search for TDST (HKBU, UM) must land on the body the abbreviation names, as a search for an alias does.
        var dost = Node(_fixture.Load(), "org:test-dost");

        Assert.Equal(["测试科技厅", "TDST"], dost.Aliases);
    }

    [Fact]
    public void Load_PropertiesOfEveryType_AreTyped()
    {
        var city = Node(_fixture.Load(), "region:test-city");

        Assert.Equal("city", city.Properties["kind"]);
        Assert.Equal(1_200_000L, city.Properties["population"]);
        Assert.Equal(1234.5, city.Properties["area"]);
        Assert.Equal(true, city.Properties["coastal"]);
        Assert.Equal(new StatedDate("1950年", "1950", DatePrecision.Year), city.Properties["founded"]);
        Assert.Equal(new StatedAmount("224.5亿元", 22_450_000_000m, "CNY"), city.Properties["budget"]);
        Assert.Equal(["gba", "coastal"], Assert.IsAssignableFrom<IReadOnlyList<string>>(city.Properties["tags"]));
        Assert.Equal([new Provenance("doc:test-codes", null, null)], city.Sources);
    }

    [Fact]
    public void Load_RelationWithoutId_GetsReadableDerivedId()
    {
        var snapshot = _fixture.Load();

        var coBuilds = Relationship(snapshot, "rel:test-university.co-builds.test-joint-lab.co-builder");
        Assert.Equal(("CO_BUILDS", "org:test-university", "lab:test-joint-lab", "co-builder"), (coBuilds.Type, coBuilds.FromId, coBuilds.ToId, coBuilds.Role));
        Assert.NotNull(Relationship(snapshot, "rel:test-university.located-in.test-city"));
        Assert.NotNull(Relationship(snapshot, "rel:test-university.cooperates-with.test-jiusan"));
    }

    [Fact]
    public void Load_ExplicitId_StatusAndProperties_AreKept()
    {
        var relationship = Relationship(_fixture.Load(), "rel:test-dost-builds-lab");

        Assert.Equal(RelationshipStatus.Ongoing, relationship.Status);
        Assert.Equal(0.5, relationship.Properties["share"]);
    }

    [Fact]
    public void Load_AmountsAndDates_AreParsed()
    {
        var snapshot = _fixture.Load();

        var coBuilds = Relationship(snapshot, "rel:test-university.co-builds.test-joint-lab.co-builder");
        Assert.Equal(new StatedAmount("4000万元", 40_000_000m, "CNY"), coBuilds.Amount);
        Assert.Equal(RelationshipStatus.Implemented, coBuilds.Status);
        var cooperates = Relationship(snapshot, "rel:test-university.cooperates-with.test-jiusan");
        Assert.Equal(new StatedDate("2021年5月", "2021-05", DatePrecision.Month), cooperates.Date);
        Assert.Equal(RelationshipStatus.Planned, cooperates.Status);
    }

    [Fact]
    public void Load_Letter_BecomesDocumentNodeWithItsText()
    {
        var snapshot = _fixture.Load();

        var letter = Node(snapshot, "doc:test-letter");
        Assert.Equal(["Entity", "Document"], letter.Labels);
        Assert.Equal("关于测试提案答复的函", letter.Name);
        Assert.Equal("Reply to the test proposal", letter.NameEn);
        Assert.Equal("proposal-reply", letter.Properties["kind"]);
        Assert.Equal("20210001", letter.Properties["number"]);
        Assert.Equal("letters/test.txt", letter.Properties["file"]);
        Assert.Equal(new StatedDate("2021年6月18日", "2021-06-18", DatePrecision.Day), letter.Properties["date"]);
        Assert.Equal([new Provenance("doc:test-letter", "heading", "关于测试提案答复的函")], letter.Sources);
        Assert.Equal(SeedFixture.LetterText, snapshot.DocumentTexts["doc:test-letter"]);
        Assert.Single(snapshot.DocumentTexts);
    }

    [Fact]
    public void Load_ReferenceWork_BecomesDocumentNodeWithCitation()
    {
        var codes = Node(_fixture.Load(), "doc:test-codes");

        Assert.Equal("reference", codes.Properties["kind"]);
        Assert.Equal("The test list of administrative division codes.", codes.Properties["citation"]);
        Assert.False(codes.Properties.ContainsKey("file"));
    }

    [Fact]
    public void Load_RelationshipCount_IsFactsPlusDocumentFields()
    {
        // Three relations in facts/a.yaml, one in facts/b.yaml; issuer, addressee, lead and one co-handler.
        Assert.Equal(8, _fixture.Load().Relationships.Count);
    }

    private static string Mention(string alias) => $"""
        entities:
          - id: org:test-university
            aliases: [{alias}]
            sources:
              - doc: doc:test-letter
                quote: 测试大学

        """;

    private static GraphNode Node(GraphSnapshot snapshot, string id) => Assert.Single(snapshot.Nodes, node => node.Id == id);

    private static GraphRelationship Relationship(GraphSnapshot snapshot, string id) => Assert.Single(snapshot.Relationships, relationship => relationship.Id == id);
}
