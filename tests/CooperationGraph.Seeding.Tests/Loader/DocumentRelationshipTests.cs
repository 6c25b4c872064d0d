using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>Issuer, addressee and handling agencies become relationships quoting the letter.</summary>
public sealed class DocumentRelationshipTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_Issuer_IssuedTheLetter_QuotingTheClosingLine()
    {
        var issued = Relationship("ISSUED");

        Assert.Equal(("rel:test-dost.issued.test-letter", "org:test-dost", "doc:test-letter"), (issued.Id, issued.FromId, issued.ToId));
        Assert.Equal([new Provenance("doc:test-letter", "closing", "测试省科学技术厅")], issued.Sources);
    }

    [Fact]
    public void Load_Addressee_LetterIsAddressedToIt_QuotingTheSalutation()
    {
        var addressed = Relationship("ADDRESSED_TO");

        Assert.Equal(("doc:test-letter", "org:test-jiusan"), (addressed.FromId, addressed.ToId));
        Assert.Equal([new Provenance("doc:test-letter", "heading", "九三学社测试委员会：")], addressed.Sources);
    }

    [Fact]
    public void Load_HandlingAgencies_QuoteThePreambleByAlias()
    {
        const string preamble = "贵委提出的提案由测试科技厅主办，测试教育厅会办，现答复如下：";

        var lead = Relationship("LEAD_HANDLER_OF");
        var co = Relationship("CO_HANDLER_OF");

        Assert.Equal(("org:test-dost", "doc:test-letter"), (lead.FromId, lead.ToId));
        Assert.Equal([new Provenance("doc:test-letter", "preamble", preamble)], lead.Sources);
        Assert.Equal(("org:test-education", "doc:test-letter"), (co.FromId, co.ToId));
        Assert.Equal([new Provenance("doc:test-letter", "preamble", preamble)], co.Sources);
    }

    [Fact]
    public void Load_AgencyNeverNamedInTheLetter_IsReportedAtTheField()
    {
        _fixture.Write("facts/c.yaml", """
            entities:
              - id: org:silent-bureau
                label: GovernmentAgency
                name: 沉默局
                sources:
                  - doc: doc:test-codes

            """);
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("[org:test-education]", "[org:test-education, org:silent-bureau]", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 12, "coHandlingAgencies 'org:silent-bureau' of 'doc:test-letter'", "never write its name or an alias (沉默局)");
    }

    [Fact]
    public void Load_AddresseeOfLabelTheModelForbids_IsReported()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("addressee: org:test-jiusan", "addressee: lab:test-joint-lab", StringComparison.Ordinal));

        SeedAssert.HasError(_fixture.LoadErrors(), "documents.yaml", 10, "ADDRESSED_TO cannot end at 'lab:test-joint-lab' (Lab)");
    }

    [Fact]
    public void Load_ModelWithoutIssuedType_ReportsTheMissingMapping()
    {
        _fixture.Model = TestModel.Load(TestModel.Yaml.Replace("  - name: ISSUED\n", "  - name: SIGNED\n", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 9, "declares no relationship type for a document's 'issuer'", "ISSUED");
    }

    private GraphRelationship Relationship(string type) => Assert.Single(_fixture.Load().Relationships, relationship => relationship.Type == type);
}
