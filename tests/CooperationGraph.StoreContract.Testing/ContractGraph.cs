using CooperationGraph.Domain.Graph;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>
/// The small synthetic graph every contract test runs on: universities of Guangxi, Guangdong and Hong Kong, a lab
/// they co-build, two funds, regions, a sector, a letter and one isolated enterprise. It holds a cycle
/// (gxu → scut → hku → gxu), properties of every value type, and Chinese and English names with aliases.
/// </summary>
public static class ContractGraph
{
    public const string Letter = "doc:letter-1";
    public const string LetterText = "广西壮族自治区科学技术厅关于自治区政协十二届五次会议第0001号提案答复的函。广西大学与华南理工大学共建广西甘蔗生物学重点实验室。";

    public static IReadOnlyList<string> OrganisationIds { get; } = ["org:cas-gz", "org:gx-dost", "org:gxu", "org:hku", "org:lonely", "org:scut"];

    public static GraphSnapshot Snapshot { get; } = Build();

    public static GraphNode Node(string id) => Snapshot.Nodes.Single(node => node.Id == id);

    public static GraphRelationship Relationship(string id) => Snapshot.Relationships.Single(relationship => relationship.Id == id);

    public static Provenance Source(string quote = "广西大学与华南理工大学共建广西甘蔗生物学重点实验室") => new(Letter, "一/（二）", quote);

    public static GraphNode MakeNode(
        string id, string[] labels, string name, string? nameEn, string[]? aliases = null, Dictionary<string, object>? properties = null) =>
        new(id, labels[^1], labels, name, nameEn, aliases ?? [], null, properties ?? [], [Source()]);

    public static GraphRelationship MakeRelationship(
        string id, string type, string from, string to, RelationshipStatus status = RelationshipStatus.Implemented,
        StatedDate? date = null, StatedAmount? amount = null, string? role = null) =>
        new(id, type, from, to, role, date, amount, status, new Dictionary<string, object>(), [Source()]);

    private static GraphSnapshot Build()
    {
        string[] agency = ["Entity", "Organisation", "GovernmentAgency"];
        string[] university = ["Entity", "Organisation", "University"];
        string[] region = ["Entity", "Region"];
        var nodes = new List<GraphNode>
        {
            MakeNode("org:gx-dost", agency, "广西壮族自治区科学技术厅", "Department of Science and Technology of Guangxi Zhuang Autonomous Region", ["广西科技厅", "自治区科技厅"], new() { ["level"] = "provincial", ["abbreviation"] = "GXDOST" }) with
            {
                Description = new LocalizedText("The provincial science department", "自治区科技主管部门"),
            },
            MakeNode("org:gxu", university, "广西大学", "Guangxi University", ["西大"], new() { ["level"] = "provincial" }),
            MakeNode("org:scut", university, "华南理工大学", "South China University of Technology", ["华工", "SCUT"], new() { ["level"] = "national" }),
            MakeNode("org:hku", university, "香港大学", "The University of Hong Kong", ["港大", "HKU"]),
            MakeNode("org:cas-gz", ["Entity", "Organisation", "ResearchInstitute"], "中国科学院广州分院", "Guangzhou Branch of the Chinese Academy of Sciences", ["广州分院"], new() { ["level"] = "national" }),
            MakeNode("org:lonely", ["Entity", "Organisation", "Enterprise"], "孤立科技有限公司", "Lonely Technology Co., Ltd.", [], new()
            {
                ["ownership"] = "private", ["employees"] = 120L, ["score"] = 3.0, ["listed"] = true,
            }),
            MakeNode("lab:gx-sugarcane", ["Entity", "ResearchFacility", "Lab"], "广西甘蔗生物学重点实验室", "Guangxi Key Laboratory of Sugarcane Biology", ["甘蔗实验室"], new()
            {
                ["established"] = new StatedDate("2019年", "2019", DatePrecision.Year),
                ["fields"] = new[] { "sugarcane", "biology" },
            }),
            MakeNode("fund:gba", ["Entity", "FinancingInstrument", "Fund"], "粤桂合作基金", "Guangdong-Guangxi Cooperation Fund", ["粤桂基金"], new()
            {
                ["size"] = new StatedAmount("4000万元", 40_000_000m, "CNY"),
                ["launched"] = new StatedDate("2021年5月", "2021-05", DatePrecision.Month),
            }),
            MakeNode("fund:transfer", ["Entity", "FinancingInstrument", "Fund"], "科技成果转化基金", "Technology Transfer Fund", [], new()
            {
                ["size"] = new StatedAmount("1.5亿元", 150_000_000m, "CNY"),
                ["launched"] = new StatedDate("“十三五”期间", "2016", DatePrecision.Year, "2020"),
            }),
            MakeNode("region:guangxi", region, "广西", "Guangxi", ["桂"]),
            MakeNode("region:guangdong", region, "广东", "Guangdong", ["粤"]),
            MakeNode("region:hongkong", region, "香港", "Hong Kong", ["香港特别行政区"]),
            MakeNode("sector:biotech", ["Entity", "Sector"], "生物技术", "Biotechnology"),
            MakeNode(Letter, ["Entity", "Document"], "关于自治区政协十二届五次会议第0001号提案答复的函", "Reply to proposal No. 0001"),
        };
        var relationships = new List<GraphRelationship>
        {
            MakeRelationship("rel:01", "ISSUED", "org:gx-dost", Letter),
            MakeRelationship("rel:02", "CO_BUILDS", "org:gxu", "lab:gx-sugarcane", date: new StatedDate("2019年", "2019", DatePrecision.Year), role: "co-builder"),
            MakeRelationship("rel:03", "CO_BUILDS", "org:scut", "lab:gx-sugarcane", RelationshipStatus.Ongoing),
            MakeRelationship("rel:04", "COOPERATES_WITH", "org:gxu", "org:scut", date: new StatedDate("2021年6月18日", "2021-06-18", DatePrecision.Day)),
            MakeRelationship("rel:05", "COOPERATES_WITH", "org:scut", "org:hku", RelationshipStatus.Planned),
            MakeRelationship("rel:06", "FUNDS", "org:gx-dost", "lab:gx-sugarcane", date: new StatedDate("2020年", "2020", DatePrecision.Year), amount: new StatedAmount("500万元", 5_000_000m, "CNY")),
            MakeRelationship("rel:07", "SUPPORTS", "fund:gba", "org:gxu", date: new StatedDate("2021年5月", "2021-05", DatePrecision.Month), amount: new StatedAmount("2000万元", 20_000_000m, "CNY")),
            MakeRelationship("rel:08", "LOCATED_IN", "org:gxu", "region:guangxi"),
            MakeRelationship("rel:09", "LOCATED_IN", "org:scut", "region:guangdong"),
            MakeRelationship("rel:10", "LOCATED_IN", "org:hku", "region:hongkong"),
            MakeRelationship("rel:11", "IN_SECTOR", "lab:gx-sugarcane", "sector:biotech"),
            MakeRelationship("rel:12", "LOCATED_IN", "org:gx-dost", "region:guangxi"),
            MakeRelationship("rel:13", "COOPERATES_WITH", "org:cas-gz", "org:gxu", RelationshipStatus.Planned),
            MakeRelationship("rel:14", "COOPERATES_WITH", "org:hku", "org:gxu", date: new StatedDate("2020年", "2020", DatePrecision.Year)),
            MakeRelationship("rel:15", "FUNDS", "org:gx-dost", "fund:transfer", RelationshipStatus.Ongoing, amount: new StatedAmount("3000万元", 30_000_000m, "CNY")),
        };
        return new GraphSnapshot(nodes, relationships, new Dictionary<string, string> { [Letter] = LetterText });
    }
}
