using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>model.yaml is checked on its own before any seed record is.</summary>
public sealed class GraphModelLoaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Load_TestModel_ReadsLabelsTypesAndProperties()
    {
        var model = TestModel.Model;

        Assert.Equal(1, model.Version);
        Assert.True(model.FindLabel("Organisation")!.IsAbstract);
        Assert.Equal("org", model.IdPrefixOf("University"));
        var kind = model.FindProperty("Region", "kind")!;
        Assert.Equal((PropertyType.Enum, true), (kind.Type, kind.IsRequired));
        Assert.Equal(["province", "city"], kind.EnumValues);
        Assert.Equal(PropertyType.StringList, model.FindProperty("Region", "tags")!.Type);
        Assert.Equal(["Organisation"], model.FindRelationshipType("CO_BUILDS")!.FromLabels);
    }

    [Fact]
    public void Load_Descriptions_AreBilingual()
    {
        var model = Load("""
            version: 1
            nodeLabels:
              - name: Thing
                idPrefix: thing
                description: { en: "A thing", zh: "事物" }

            """);

        Assert.Equal(new Domain.Graph.LocalizedText("A thing", "事物"), model.FindLabel("Thing")!.Description);
    }

    [Fact]
    public void Load_UnknownParent_IsReportedAtTheParent() =>
        SeedAssert.SingleError(Errors(Labels("  - name: Lab\n    parent: Facility\n    idPrefix: lab\n")), "model.yaml", 4, "label 'Lab' names unknown parent 'Facility'");

    [Fact]
    public void Load_ParentCycle_IsReported()
    {
        var errors = Errors(Labels("  - name: A\n    parent: B\n    idPrefix: a\n  - name: B\n    parent: A\n    idPrefix: b\n"));

        SeedAssert.HasError(errors, "model.yaml", 4, "label 'A' is its own ancestor: A -> B -> A");
        SeedAssert.HasError(errors, "model.yaml", 7, "label 'B' is its own ancestor: B -> A -> B");
    }

    [Fact]
    public void Load_DuplicateLabel_IsReportedAtTheSecond() =>
        SeedAssert.SingleError(Errors(Labels("  - name: Lab\n    idPrefix: lab\n  - name: Lab\n    idPrefix: lab\n")), "model.yaml", 5, "node label 'Lab' is declared twice", "model.yaml:3");

    [Fact]
    public void Load_DuplicateRelationshipType_IsReported() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n") + "relationshipTypes:\n  - name: NEAR\n    from: [Lab]\n    to: [Lab]\n  - name: NEAR\n    from: [Lab]\n    to: [Lab]\n"),
            "model.yaml", 9, "relationship type 'NEAR' is declared twice");

    [Fact]
    public void Load_UnknownCooperationRole_IsReportedAtTheRole() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n") + "relationshipTypes:\n  - name: NEAR\n    role: friendship\n    from: [Lab]\n    to: [Lab]\n"),
            "model.yaml", 7, "unknown role 'friendship' of relationship type 'NEAR'");

    [Fact]
    public void Load_RolesAndParticipationLabels_AreRead()
    {
        var model = Load(Labels("  - name: Lab\n    idPrefix: lab\n    role: artefact\n  - name: Body\n    idPrefix: org\n    role: actor\n")
            + "relationshipTypes:\n  - name: PAYS\n    role: support\n    participationTo: [Lab]\n    from: [Body]\n    to: [Lab, Body]\n");
        Assert.Equal(EntityRole.Artefact, model.RoleOf("Lab"));
        Assert.Equal(RelationshipRole.Support, model.FindRelationshipType("PAYS")!.Role);
        Assert.Equal(["Lab"], model.FindRelationshipType("PAYS")!.ParticipationTo);
    }

    [Fact]
    public void Load_EndpointNamingUnknownLabel_IsReportedAtTheEndpoint() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n") + "relationshipTypes:\n  - name: NEAR\n    from: [Lab]\n    to: [Lab, Park]\n"),
            "model.yaml", 8, "relationship type 'NEAR' names unknown 'to' label 'Park'");

    [Fact]
    public void Load_UnknownPropertyType_IsReportedAtTheType() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n    properties:\n      - name: size\n        type: decimal\n")),
            "model.yaml", 7, "unknown property type 'decimal' for 'size'", "string[]");

    [Fact]
    public void Load_EnumWithoutValues_IsReported() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n    properties:\n      - name: grade\n        type: enum\n")),
            "model.yaml", 7, "enum property 'grade' lists no 'values'");

    [Fact]
    public void Load_ValuesOnNonEnum_IsReported() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Lab\n    idPrefix: lab\n    properties:\n      - name: grade\n        type: string\n        values: [a]\n")),
            "model.yaml", 8, "only enum properties do");

    [Fact]
    public void Load_PropertyRedeclaredFromAncestor_IsReported() =>
        SeedAssert.SingleError(
            Errors(Labels("  - name: Base\n    abstract: true\n    idPrefix: b\n    properties:\n      - name: code\n        type: string\n  - name: Leaf\n    parent: Base\n    properties:\n      - name: code\n        type: int\n")),
            "model.yaml", 12, "label 'Leaf' declares property 'code' twice");

    [Fact]
    public void Load_ConcreteLabelWithoutIdPrefix_IsReported() =>
        SeedAssert.SingleError(Errors(Labels("  - name: Lab\n")), "model.yaml", 3, "concrete label 'Lab' has no idPrefix");

    [Fact]
    public void Load_UnknownField_IsReported() =>
        SeedAssert.SingleError(Errors(Labels("  - name: Lab\n    idPrefix: lab\n    colour: red\n")), "model.yaml", 5, "unknown field 'colour'");

    [Fact]
    public void Load_BadNames_AreReported()
    {
        var errors = Errors(Labels("  - name: lab_thing\n    idPrefix: Lab\n") + "relationshipTypes:\n  - name: nearTo\n    from: [lab_thing]\n    to: [lab_thing]\n");

        SeedAssert.HasError(errors, "model.yaml", 3, "node label 'lab_thing' must be PascalCase");
        SeedAssert.HasError(errors, "model.yaml", 4, "idPrefix 'Lab'");
        SeedAssert.HasError(errors, "model.yaml", 6, "relationship type 'nearTo' must be UPPER_SNAKE_CASE");
    }

    [Fact]
    public void Load_MissingFile_IsReported()
    {
        var path = Path.Combine(_directory.Path, "absent.yaml");

        var error = Assert.Single(Assert.Throws<SeedDataException>(() => GraphModelLoader.Load(path)).Errors);

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SyntaxError_IsReported() =>
        SeedAssert.SingleError(Errors("version: 1\nnodeLabels: [\n  - name: x\n"), "model.yaml", 3, "YAML syntax error");

    private static string Labels(string labels) => "version: 1\nnodeLabels:\n" + labels;

    private GraphModel Load(string yaml) => GraphModelLoader.Load(_directory.Write("model.yaml", yaml));

    private IReadOnlyList<SeedError> Errors(string yaml)
    {
        var path = _directory.Write("model.yaml", yaml);
        var errors = Assert.Throws<SeedDataException>(() => GraphModelLoader.Load(path)).Errors;

        // Errors name the model file as it was given.
        return errors.Select(error => error with { File = Path.GetFileName(error.File) }).ToArray();
    }
}
