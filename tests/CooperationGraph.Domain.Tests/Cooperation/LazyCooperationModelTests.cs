using CooperationGraph.Domain.Aggregation;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Tests.Aggregation;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Cooperation;

/// <summary>
/// The cooperation model builds each part when first read: the aggregates that place no entity (type, status, year,
/// amount period; label, start and end, which read the nodes alone) never index the relationships, and a model asked in
/// any order, or built from its relationships in any order, answers as the fully built one does.
/// </summary>
public sealed class LazyCooperationModelTests
{
    private static readonly RelationshipDimension[] WithoutPlacement =
        [RelationshipDimension.Type, RelationshipDimension.Status, RelationshipDimension.Year, RelationshipDimension.AmountPeriod,
         RelationshipDimension.Label, RelationshipDimension.Start, RelationshipDimension.End];

    private static GraphSnapshot Snapshot => RealSeedGraph.Snapshot;

    private static CooperationModel Built
    {
        get
        {
            // Every part read before any aggregate.
            var model = RealSeedGraph.Cooperation;
            _ = model.PlacementOf(Snapshot.Nodes[0].Id);
            _ = model.Ties(StatusSet.Default).Count();
            return model;
        }
    }

    public static TheoryData<RelationshipDimension[]> DimensionsWithoutPlacement()
    {
        var data = new TheoryData<RelationshipDimension[]>();
        foreach (var first in WithoutPlacement)
        {
            foreach (var second in WithoutPlacement)
            {
                data.Add(first == second ? new[] { first } : [first, second]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DimensionsWithoutPlacement))]
    public void Relationship_aggregates_that_place_no_entity_never_index_the_relationships_and_answer_as_the_built_model(RelationshipDimension[] by)
    {
        var fresh = new CooperationModel(Snapshot, RealSeedGraph.Vocabulary);

        var lazy = GroupCounter.Relationships(fresh, Snapshot.Relationships, by, "CNY");

        Assert.False(fresh.IsRelationshipIndexBuilt);
        Assert.Equal(GroupCounterReferenceTests.Describe(GroupCounter.Relationships(Built, Snapshot.Relationships, by, "CNY")), GroupCounterReferenceTests.Describe(lazy));
    }

    [Fact]
    public void Entities_by_label_and_the_possible_duplicate_amounts_read_no_relationship_index()
    {
        var fresh = new CooperationModel(Snapshot, RealSeedGraph.Vocabulary);

        var labels = GroupCounter.Entities(fresh, fresh.Nodes.Values, [EntityDimension.Label]);
        var duplicates = fresh.PossibleDuplicateAmounts;

        Assert.False(fresh.IsRelationshipIndexBuilt);
        Assert.Equal(GroupCounterReferenceTests.Describe(GroupCounter.Entities(Built, Built.Nodes.Values, [EntityDimension.Label])), GroupCounterReferenceTests.Describe(labels));
        Assert.Equal(Built.PossibleDuplicateAmounts.OrderBy(pair => pair.Key, StringComparer.Ordinal), duplicates.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.NotEmpty(duplicates);
    }

    [Theory]
    [InlineData(RelationshipDimension.Bloc)]
    [InlineData(RelationshipDimension.City)]
    [InlineData(RelationshipDimension.Region)]
    [InlineData(RelationshipDimension.Sector)]
    public void A_dimension_that_places_entities_builds_what_it_needs_on_a_fresh_model_and_answers_the_same(RelationshipDimension dimension)
    {
        var fresh = new CooperationModel(Snapshot, RealSeedGraph.Vocabulary);

        var lazy = GroupCounter.Relationships(fresh, Snapshot.Relationships, [dimension, RelationshipDimension.Type], "CNY");

        Assert.Equal(GroupCounterReferenceTests.Describe(GroupCounter.Relationships(Built, Snapshot.Relationships, [dimension, RelationshipDimension.Type], "CNY")), GroupCounterReferenceTests.Describe(lazy));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_model_of_the_relationships_in_any_order_places_and_ties_as_the_one_in_id_order(int seed)
    {
        var shuffledOrder = Snapshot with { Relationships = Shuffle(Snapshot.Relationships, new Random(seed)) };
        var inIdOrder = Snapshot with { Relationships = [.. Snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal)] };
        Assert.NotEqual(inIdOrder.Relationships.Select(relationship => relationship.Id), shuffledOrder.Relationships.Select(relationship => relationship.Id));

        var expected = new CooperationModel(inIdOrder, RealSeedGraph.Vocabulary);
        var actual = new CooperationModel(shuffledOrder, RealSeedGraph.Vocabulary);

        Assert.Equal(Placements(expected), Placements(actual));
        foreach (var statuses in new[] { StatusSet.Default, new HashSet<RelationshipStatus>(Enum.GetValues<RelationshipStatus>()) })
        {
            Assert.Equal(expected.Ties(statuses).Select(Describe), actual.Ties(statuses).Select(Describe));
        }

        Assert.Equal(
            Snapshot.Nodes.Select(node => expected.AreUnitsOfOneBody(node.Id, "org:gx-dost")),
            Snapshot.Nodes.Select(node => actual.AreUnitsOfOneBody(node.Id, "org:gx-dost")));
    }

    [Fact]
    public void Relationships_already_in_id_order_are_indexed_as_given_and_others_sorted()
    {
        var inIdOrder = Snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal).ToArray();
        var shuffled = Shuffle(inIdOrder, new Random(3));

        Assert.Same(inIdOrder, RelationshipIdOrder.Of(inIdOrder));
        Assert.Equal(inIdOrder, RelationshipIdOrder.Of(shuffled));
        Assert.Empty(RelationshipIdOrder.Of([]));
    }

    private static GraphRelationship[] Shuffle(IReadOnlyList<GraphRelationship> relationships, Random random)
    {
        var copy = relationships.ToArray();
        random.Shuffle(copy);
        return copy;
    }

    private static string[] Placements(CooperationModel model) =>
    [
        .. Snapshot.Nodes.Select(node => model.PlacementOf(node.Id)).Select(placement => string.Join('|',
            placement.Region?.Id, placement.City?.Id, placement.Province?.Id, placement.Bloc,
            string.Join(',', placement.Path.Select(relationship => relationship.Id)),
            string.Join(',', placement.RegionIds.Order(StringComparer.Ordinal)))),
    ];

    private static string Describe(Tie tie) => string.Join('|', tie.Local.Id, tie.Partner.Id, tie.Kind, tie.Artefact?.Id, tie.Status,
        string.Join(',', tie.Relationships.Select(relationship => relationship.Id)));
}
