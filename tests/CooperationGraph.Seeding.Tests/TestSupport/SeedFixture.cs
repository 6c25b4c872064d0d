using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Seeding.Tests.TestSupport;

/// <summary>
/// A small valid seed-data directory in a temp folder — one letter, one reference work, two fact files
/// and a reference file — that a test breaks by adding or replacing one file.
/// </summary>
public sealed class SeedFixture : IDisposable
{
    public const string LetterText = """
        关于测试提案答复的函
        九三学社测试委员会：

        贵委提出的提案由测试科技厅主办，测试教育厅会办，现答复如下：

        一、工作成效

        （一）加强合作。
        一是测试科技厅与测试大学共建联合实验室，投入4000万元。二是测大在2021年5月与测试市开展合作。

        测试省科学技术厅
        2021年6月18日

        """;

    public const string Documents = """
        documents:
          - id: doc:test-letter
            kind: proposal-reply
            file: letters/test.txt
            title: 关于测试提案答复的函
            titleEn: Reply to the test proposal
            number: "20210001"
            date: { text: "2021年6月18日", value: "2021-06-18", precision: day }
            issuer: org:test-dost
            addressee: org:test-jiusan
            leadAgency: org:test-dost
            coHandlingAgencies: [org:test-education]
          - id: doc:test-codes
            kind: reference
            title: 测试行政区划代码
            citation: The test list of administrative division codes.

        """;

    public const string Regions = """
        entities:
          - id: region:test-city
            label: Region
            name: 测试市
            nameEn: Test City
            properties:
              kind: city
              population: 1200000
              area: 1234.5
              coastal: true
              founded: { text: "1950年", value: "1950", precision: year }
              budget: { text: "224.5亿元", value: 22450000000, currency: CNY }
              tags: [gba, coastal]
            sources:
              - doc: doc:test-codes

        """;

    public const string FactsA = """
        entities:
          - id: org:test-dost
            label: GovernmentAgency
            name: 测试省科学技术厅
            nameEn: Department of Science and Technology of Test Province
            aliases: [测试科技厅]
            description: { en: "The provincial science department", zh: "省科技厅" }
            properties:
              abbreviation: TDST
              level: provincial
            sources:
              - doc: doc:test-letter
                section: preamble
                quote: 由测试科技厅主办
          - id: org:test-jiusan
            label: SocialOrganisation
            name: 九三学社测试委员会
            sources:
              - doc: doc:test-letter
                section: heading
                quote: 九三学社测试委员会
          - id: org:test-education
            label: GovernmentAgency
            name: 测试教育厅
            sources:
              - doc: doc:test-letter
                section: preamble
                quote: 测试教育厅会办
          - id: org:test-university
            label: University
            name: 测试大学
            sources:
              - doc: doc:test-letter
                section: 一/（一）/一是
                quote: 测试科技厅与测试大学共建联合实验室
          - id: lab:test-joint-lab
            label: Lab
            name: 联合实验室
            sources:
              - doc: doc:test-letter
                section: 一/（一）/一是
                quote: 测试科技厅与测试大学共建联合实验室
        relations:
          - type: CO_BUILDS
            from: org:test-university
            to: lab:test-joint-lab
            role: co-builder
            amount: { text: "4000万元", value: 40000000, currency: CNY }
            sources:
              - doc: doc:test-letter
                section: 一/（一）/一是
                quote: 测试科技厅与测试大学共建联合实验室，投入4000万元
          - type: CO_BUILDS
            from: org:test-dost
            to: lab:test-joint-lab
            id: rel:test-dost-builds-lab
            status: ongoing
            properties: { share: 0.5 }
            sources:
              - doc: doc:test-letter
                section: 一/（一）/一是
                quote: 测试科技厅与测试大学共建联合实验室
          - type: LOCATED_IN
            from: org:test-university
            to: region:test-city
            sources:
              - doc: doc:test-codes

        """;

    public const string FactsB = """
        entities:
          - id: org:test-university
            aliases: [测大]
            sources:
              - doc: doc:test-letter
                section: 一/（一）/二是
                quote: 测大在2021年5月与测试市开展合作
        relations:
          - type: COOPERATES_WITH
            from: org:test-university
            to: org:test-jiusan
            date: { text: "2021年5月", value: "2021-05", precision: month }
            status: planned
            sources:
              - doc: doc:test-letter
                section: 一/（一）/二是
                quote: 测大在2021年5月与测试市开展合作

        """;

    private readonly TemporaryDirectory _directory = new();

    public SeedFixture()
    {
        Write("letters/test.txt", LetterText);
        Write("documents.yaml", Documents);
        Write("reference/regions.yaml", Regions);
        Write("facts/a.yaml", FactsA);
        Write("facts/b.yaml", FactsB);
    }

    public string Path => _directory.Path;

    public GraphModel Model { get; set; } = TestModel.Model;

    public SeedFixture Write(string relativePath, string content)
    {
        _directory.Write(relativePath, content);
        return this;
    }

    public SeedFixture Delete(string relativePath)
    {
        _directory.Delete(relativePath);
        return this;
    }

    public GraphSnapshot Load() => SeedLoader.Load(Path, Model);

    /// <summary>Loads, expecting the seed data to be rejected; returns every error reported.</summary>
    public IReadOnlyList<SeedError> LoadErrors() => Assert.Throws<SeedDataException>(Load).Errors;

    public void Dispose() => _directory.Dispose();
}
