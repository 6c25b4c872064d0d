namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>The model carries nothing the data does not use: every concrete label and relationship type occurs.</summary>
public sealed class ModelUsageTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    [Fact]
    public void EveryConcreteLabel_HasANode()
    {
        var used = data.Snapshot.Nodes.Select(node => node.Label).ToHashSet(StringComparer.Ordinal);

        Assert.All(data.Model.NodeLabels.Where(label => !label.IsAbstract), label => Assert.Contains(label.Name, used));
    }

    [Fact]
    public void EveryRelationshipType_HasARelationship()
    {
        var used = data.Snapshot.Relationships.Select(relationship => relationship.Type).ToHashSet(StringComparer.Ordinal);

        Assert.All(data.Model.RelationshipTypes, type => Assert.Contains(type.Name, used));
    }

    [Fact]
    public void EveryIdPrefix_IsTheOneTheModelGivesTheLabel()
    {
        Assert.All(data.Snapshot.Nodes, node => Assert.StartsWith(data.Model.IdPrefixOf(node.Label) + ":", node.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void EverySector_NamesAnExistingParentThatItIsPartOf()
    {
        var sectors = data.Snapshot.Nodes.Where(node => node.Label == "Sector").ToArray();
        var children = sectors.Where(sector => sector.Properties.ContainsKey("parent")).ToArray();

        Assert.NotEmpty(children);
        Assert.All(children, child =>
        {
            var parent = (string)child.Properties["parent"];
            Assert.Equal("Sector", data.Node(parent).Label);
            Assert.False(data.Node(parent).Properties.ContainsKey("parent"), $"{parent} is itself a sub-sector: the taxonomy has two levels");
            Assert.StartsWith((string)data.Node(parent).Properties["code"], (string)child.Properties["code"], StringComparison.Ordinal);
            Assert.Contains(data.Snapshot.Relationships, relationship => relationship is { Type: "PART_OF" } && relationship.FromId == child.Id && relationship.ToId == parent);
        });
    }
}
