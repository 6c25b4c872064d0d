using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Model;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Cooperation;

/// <summary>The cooperation vocabulary of graph-schema/model.yaml: every type and label has its role.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_relationship_type_and_concrete_label_of_the_model_has_a_role()
    {
        var model = RealSeedGraph.Model;
        Assert.All(model.RelationshipTypes, type => Assert.NotNull(type.Role));
        Assert.All(model.NodeLabels.Where(label => !label.IsAbstract), label => Assert.NotNull(model.RoleOf(label.Name)));
    }

    [Theory]
    [InlineData("COOPERATES_WITH", RelationshipRole.Cooperation)]
    [InlineData("CO_BUILDS", RelationshipRole.Participation)]
    [InlineData("SUPPORTS", RelationshipRole.Support)]
    [InlineData("PROMOTES", RelationshipRole.Support)]
    [InlineData("LOCATED_IN", RelationshipRole.Placement)]
    [InlineData("HOSTS", RelationshipRole.Hosting)]
    [InlineData("IN_SECTOR", RelationshipRole.Classification)]
    [InlineData("ISSUED", RelationshipRole.Provenance)]
    public void The_roles_say_what_the_issue_says(string type, RelationshipRole role) =>
        Assert.Equal(role, RealSeedGraph.Model.FindRelationshipType(type)!.Role);

    [Fact]
    public void Money_into_a_fund_is_participation_and_money_out_of_it_support()
    {
        var snapshot = RealSeedGraph.Snapshot;
        var nodes = snapshot.Nodes.ToDictionary(node => node.Id);
        var vocabulary = RealSeedGraph.Vocabulary;
        // 000:39: each department puts 1000万元 a year into the joint fund, which pays the Wuzhou membrane platform.
        var into = snapshot.Relationships.First(r => r.Type == "FUNDS" && r.ToId == "fund:yuegui-joint-fund");
        var outOf = snapshot.Relationships.First(r => r.Type == "FUNDS" && r.FromId == "fund:yuegui-joint-fund");
        Assert.Equal(RelationshipRole.Participation, vocabulary.RoleOf(into, nodes[into.ToId]));
        Assert.Equal(RelationshipRole.Support, vocabulary.RoleOf(outOf, nodes[outOf.ToId]));
    }

    [Fact]
    public void A_model_without_roles_is_no_vocabulary()
    {
        var model = new GraphModel(1, [new NodeLabelDefinition("Entity", idPrefix: "e")], [new RelationshipTypeDefinition("NEAR", ["Entity"], ["Entity"])]);
        Assert.Throws<ArgumentException>(() => CooperationVocabulary.FromModel(model));
    }
}
