using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// Every body or person the graph relates to something can be placed: a chain of located-in, part-of,
/// hosted-by or branch-of relationships reaches a region — or MODELLING.md names it as deliberately unplaced,
/// with the reason. No place is guessed at run time, so it has to be in the data.
/// </summary>
public sealed class PlacementTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    private const string UnplacedHeading = "Deliberately unplaced";

    [Fact]
    public void EveryActorWithARelationship_IsPlacedOrListedAsUnplaced()
    {
        var unplaced = Unplaced().Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        var missing = Actors().Where(node => Place(node.Id) is null && !unplaced.Contains(node.Id))
            .Select(node => $"{node.Id} ({node.Name})").ToArray();

        Assert.NotEmpty(Actors());
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryListedUnplacedActor_IsAnActorWithNoPlaceAndAReason()
    {
        var actors = Actors().Select(node => node.Id).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Unplaced());
        Assert.All(Unplaced(), row =>
        {
            Assert.True(actors.Contains(row.Id), $"{row.Id} is listed as unplaced but is no actor with a relationship");
            Assert.True(Place(row.Id) is null, $"{row.Id} is listed as unplaced but the data places it in {Place(row.Id)}");
            Assert.False(string.IsNullOrWhiteSpace(row.Text), $"{row.Id} is listed as unplaced without a reason");
        });
    }

    [Theory]
    [InlineData("org:wuzhou-sti-bureau", "region:wuzhou")]
    [InlineData("org:nanning-sti-bureau", "region:nanning")]
    [InlineData("lab:cas-wuzhou-medical-membrane-platform", "region:wuzhou")]
    [InlineData("org:huawei", "region:shenzhen")]
    [InlineData("org:bgi-shenzhen", "region:shenzhen")]
    [InlineData("org:gphl", "region:guangzhou")]
    [InlineData("org:um", "region:macao")]
    [InlineData("org:kiz-cas", "region:kunming")]
    [InlineData("org:cas", "region:beijing")]
    [InlineData("org:sctc", "region:guangzhou")]
    [InlineData("org:castc", "region:nanning")]
    public void TheBodiesTheIssueNames_AreLocatedWhereTheSourcesSay(string id, string region)
    {
        Assert.Contains(data.Snapshot.Relationships, relationship =>
            relationship is { Type: "LOCATED_IN" } && relationship.FromId == id && relationship.ToId == region);
    }

    [Fact]
    public void TheDirectPlacesOfOneEntity_LieOnOneChainOfRegions()
    {
        // 华南技术转移中心 is in the Greater Bay Area (the letter) and in Guangzhou (a reference): consistent,
        // because Guangzhou is part of the Greater Bay Area. Two places off one chain would be a contradiction.
        var conflicts = data.Snapshot.Relationships
            .Where(relationship => relationship.Type == "LOCATED_IN" && data.Node(relationship.ToId).Label == "Region")
            .GroupBy(relationship => relationship.FromId)
            .SelectMany(group => group.SelectMany(a => group.Where(b => string.CompareOrdinal(a.ToId, b.ToId) < 0
                    && !RegionWithin(a.ToId, b.ToId) && !RegionWithin(b.ToId, a.ToId))
                .Select(b => $"{group.Key}: {a.ToId} / {b.ToId}")))
            .ToArray();

        Assert.Empty(conflicts);
    }

    [Fact]
    public void EveryPlaceFromAReference_IsNamedByItsCitation()
    {
        // A place taken from general knowledge cites a public source that states it, and the citation says
        // which body it places, so provenance shows where the fact comes from.
        var fromReferences = data.Snapshot.Relationships
            .Where(relationship => relationship.Type == "LOCATED_IN" && relationship.Sources.All(source => source.Quote is null))
            .Where(relationship => data.Node(relationship.FromId).Label != "Region")
            .ToArray();

        Assert.NotEmpty(fromReferences);
        Assert.All(fromReferences, relationship =>
        {
            var node = data.Node(relationship.FromId);
            var citations = relationship.Sources.Select(source => data.Node(source.DocumentId).Properties.GetValueOrDefault("citation") as string ?? "").ToArray();
            Assert.Contains(citations, citation => node.Aliases.Append(node.Name).Any(name => citation.Contains(name, StringComparison.Ordinal)));
        });
    }

    private IReadOnlyList<(string Id, string Text)> Unplaced() => ModellingDocument.IdTable(UnplacedHeading);

    /// <summary>
    /// Bodies and persons with any relationship, and whatever takes part in cooperation: both ends of a
    /// cooperation, the start of a co-build, signature, co-organisation or participation (中药质量研究国家重点实验室
    /// co-builds the Guangxi–Macao lab), a co-funder of a fund.
    /// </summary>
    private GraphNode[] Actors()
    {
        var related = data.Snapshot.Relationships.SelectMany(relationship => new[] { relationship.FromId, relationship.ToId }).ToHashSet(StringComparer.Ordinal);
        var participants = data.Snapshot.Relationships.SelectMany(relationship => relationship.Type switch
        {
            "COOPERATES_WITH" => [relationship.FromId, relationship.ToId],
            "CO_BUILDS" or "PARTY_TO" or "ORGANISES" or "PARTICIPATES_IN" => [relationship.FromId],
            "FUNDS" when data.Node(relationship.ToId).Label == "Fund" => [relationship.FromId],
            _ => Array.Empty<string>(),
        }).ToHashSet(StringComparer.Ordinal);
        return data.Snapshot.Nodes
            .Where(node => participants.Contains(node.Id)
                || (related.Contains(node.Id) && (data.Model.IsA(node.Label, "Organisation") || data.Model.IsA(node.Label, "Person"))))
            .ToArray();
    }

    /// <summary>
    /// The region itself, or the first region reached through placement relationships that are not merely
    /// planned, or null.
    /// </summary>
    private string? Place(string id)
    {
        if (data.Node(id).Label == "Region")
        {
            return id;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var frontier = new Queue<string>([id]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var next in Up(current).Where(seen.Add))
            {
                if (data.Node(next).Label == "Region")
                {
                    return next;
                }

                frontier.Enqueue(next);
            }
        }

        return null;
    }

    private IEnumerable<string> Up(string id) =>
        data.Snapshot.Relationships.Where(relationship => relationship.Status != RelationshipStatus.Planned).SelectMany(relationship => relationship.Type switch
        {
            "LOCATED_IN" or "PART_OF" when relationship.FromId == id => [relationship.ToId],
            "HOSTS" or "HAS_BRANCH" when relationship.ToId == id => [relationship.FromId],
            _ => Array.Empty<string>(),
        });

    private bool RegionWithin(string inner, string outer) =>
        inner == outer || data.Snapshot.Relationships.Any(relationship => relationship is { Type: "PART_OF" } && relationship.FromId == inner
            && data.Node(relationship.ToId).Label == "Region" && RegionWithin(relationship.ToId, outer));
}
