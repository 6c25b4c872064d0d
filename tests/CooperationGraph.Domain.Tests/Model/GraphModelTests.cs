using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Tests.Model;

public sealed class GraphModelTests
{
    private static readonly GraphModel Model = new(
        1,
        [
            new NodeLabelDefinition("University", parent: "Organisation", properties: [new PropertyDefinition("founded", PropertyType.Int)]),
            new NodeLabelDefinition("Entity", isAbstract: true),
            new NodeLabelDefinition("Organisation", parent: "Entity", isAbstract: true, idPrefix: "org", properties: [new PropertyDefinition("abbreviation", PropertyType.String)]),
            new NodeLabelDefinition("Lab", parent: "Entity", idPrefix: "lab"),
            new NodeLabelDefinition("Region", parent: "Entity", idPrefix: "region"),
        ],
        [
            new RelationshipTypeDefinition("CO_BUILDS", ["Organisation"], ["Lab"]),
            new RelationshipTypeDefinition("LOCATED_IN", ["Entity"], ["Region"]),
        ]);

    [Fact]
    public void LineageOf_ConcreteLabel_IsMostGeneralFirst() =>
        Assert.Equal(["Entity", "Organisation", "University"], Model.LineageOf("University"));

    [Fact]
    public void AncestorsOf_ExcludesTheLabel()
    {
        Assert.Equal(["Entity", "Organisation"], Model.AncestorsOf("University"));
        Assert.Empty(Model.AncestorsOf("Entity"));
    }

    [Fact]
    public void LineageOf_UnknownLabel_Throws() => Assert.Throws<KeyNotFoundException>(() => Model.LineageOf("Park"));

    [Theory]
    [InlineData("University", "University", true)]
    [InlineData("University", "Organisation", true)]
    [InlineData("University", "Entity", true)]
    [InlineData("Organisation", "University", false)]
    [InlineData("Lab", "Organisation", false)]
    [InlineData("Park", "Entity", false)]
    public void IsA_FollowsTheHierarchyUpwardsOnly(string label, string ancestor, bool expected) =>
        Assert.Equal(expected, Model.IsA(label, ancestor));

    [Theory]
    [InlineData("CO_BUILDS", "University", "Lab", true)]
    [InlineData("CO_BUILDS", "Lab", "Lab", false)]
    [InlineData("CO_BUILDS", "University", "Region", false)]
    [InlineData("LOCATED_IN", "Lab", "Region", true)]
    [InlineData("LOCATED_IN", "University", "Region", true)]
    [InlineData("HOSTS", "University", "Lab", false)]
    public void AllowsEndpoints_AdmitsDescendantsOfTheDeclaredLabels(string type, string from, string to, bool expected) =>
        Assert.Equal(expected, Model.AllowsEndpoints(type, from, to));

    [Fact]
    public void FindLabelAndType_ByExactName()
    {
        Assert.True(Model.FindLabel("Organisation")!.IsAbstract);
        Assert.Null(Model.FindLabel("organisation"));
        Assert.Equal(["Organisation"], Model.FindRelationshipType("CO_BUILDS")!.FromLabels);
        Assert.Null(Model.FindRelationshipType("co_builds"));
    }

    [Fact]
    public void IdPrefixOf_IsInheritedFromNearestAncestor()
    {
        Assert.Equal("org", Model.IdPrefixOf("University"));
        Assert.Equal("lab", Model.IdPrefixOf("Lab"));
        Assert.Null(Model.IdPrefixOf("Entity"));
    }

    [Fact]
    public void PropertiesOf_ListsInheritedFirst()
    {
        Assert.Equal(["abbreviation", "founded"], Model.PropertiesOf("University").Select(property => property.Name));
        Assert.Equal(PropertyType.String, Model.FindProperty("University", "abbreviation")!.Type);
        Assert.Null(Model.FindProperty("Lab", "abbreviation"));
    }

    [Fact]
    public void Constructor_UnknownParent_Throws() =>
        Assert.Throws<ArgumentException>(() => new GraphModel(1, [new NodeLabelDefinition("Lab", parent: "Facility", idPrefix: "lab")], []));

    [Fact]
    public void Constructor_Cycle_Throws() =>
        Assert.Throws<ArgumentException>(() => new GraphModel(1, [new NodeLabelDefinition("A", parent: "B"), new NodeLabelDefinition("B", parent: "A")], []));

    [Fact]
    public void Constructor_DuplicateLabel_Throws() =>
        Assert.Throws<ArgumentException>(() => new GraphModel(1, [new NodeLabelDefinition("A"), new NodeLabelDefinition("A")], []));

    [Fact]
    public void Constructor_EndpointNamingUnknownLabel_Throws() =>
        Assert.Throws<ArgumentException>(() => new GraphModel(1, [new NodeLabelDefinition("A")], [new RelationshipTypeDefinition("R", ["A"], ["B"])]));

    [Fact]
    public void PropertyDefinition_EnumWithoutValues_Throws() =>
        Assert.Throws<ArgumentException>(() => new PropertyDefinition("grade", PropertyType.Enum));

    [Theory]
    [InlineData("string", PropertyType.String)]
    [InlineData("text", PropertyType.Text)]
    [InlineData("int", PropertyType.Int)]
    [InlineData("float", PropertyType.Float)]
    [InlineData("bool", PropertyType.Bool)]
    [InlineData("date", PropertyType.Date)]
    [InlineData("amount", PropertyType.Amount)]
    [InlineData("enum", PropertyType.Enum)]
    [InlineData("string[]", PropertyType.StringList)]
    public void PropertyTypeNames_RoundTrip(string name, PropertyType type)
    {
        Assert.True(PropertyTypeNames.TryParse(name, out var parsed));
        Assert.Equal(type, parsed);
        Assert.Equal(name, PropertyTypeNames.NameOf(type));
    }

    [Fact]
    public void PropertyTypeNames_AreCaseSensitive() => Assert.False(PropertyTypeNames.TryParse("String", out _));
}
