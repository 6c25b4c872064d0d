using System.Globalization;
using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Schema.Relationships;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Tests.Relationships;

/// <summary>
/// The index behind the root <c>relationships</c> and <c>relationshipAggregate</c>: on random graphs and random
/// <c>RelationWhere</c> trees (indexed conditions, others, and/or/not), the relationships it keeps are exactly those a
/// scan of every relationship in id order keeps; and the conditions it can use narrow what it tests.
/// </summary>
public sealed class RelationshipTableTests
{
    private static readonly string[] Types = ["FUNDS", "CO_BUILDS", "SUPPORTS", "LOCATED_IN", "IN_SECTOR"];
    private static readonly RelationshipStatus[] Statuses = Enum.GetValues<RelationshipStatus>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task On_random_graphs_and_conditions_the_table_keeps_what_a_scan_keeps(int seed)
    {
        var random = new Random(seed);
        var relationships = RandomRelationships(random, 400, 40);
        var table = RelationshipTable.Build(relationships);
        var inIdOrder = relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal).ToArray();
        for (var trial = 0; trial < 200; trial++)
        {
            var ends = new Dictionary<object, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
            var where = RandomWhere(random, ends, depth: 0);
            var (test, collected) = await RelationFilter.TranslateWithEndsAsync(where, end => Task.FromResult(ends[end]));

            var expected = inIdOrder.Where(relationship => test(new RelationView(relationship, relationship.FromId))).Select(relationship => relationship.Id);
            var kept = table.Matching(where, test, collected).Select(position => table[position].Id);

            Assert.Equal(expected, kept);
        }
    }

    [Fact]
    public async Task A_type_or_an_end_narrows_the_relationships_tested_to_its_own()
    {
        var relationships = RandomRelationships(new Random(7), 1000, 50);
        var table = RelationshipTable.Build(relationships);
        var start = new Dictionary<string, object?> { ["id"] = "n:3" };
        var where = new Dictionary<string, object?> { ["type"] = "FUNDS", ["start"] = start, ["date_gte"] = "2019" };
        var ends = new Dictionary<object, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance) { [start] = new HashSet<string> { "n:3" } };
        var (_, collected) = await RelationFilter.TranslateWithEndsAsync(where, end => Task.FromResult(ends[end]));

        var candidates = table.Candidates(where, collected);

        // The smaller of the two lists is tested: the relationships starting at n:3, not the FUNDS ones nor all.
        Assert.NotNull(candidates);
        Assert.Equal(relationships.Count(relationship => relationship.FromId == "n:3"), candidates.Size);
        Assert.Null(table.Candidates(new Dictionary<string, object?> { ["date_gte"] = "2019" }, collected));
    }

    [Fact]
    public void Without_a_condition_every_relationship_is_kept_in_id_order()
    {
        var relationships = RandomRelationships(new Random(11), 300, 30);
        var table = RelationshipTable.Build(relationships);

        var all = table.Matching(null, null, new Dictionary<object, IReadOnlySet<string>>());

        Assert.Equal(relationships.Select(relationship => relationship.Id).Order(StringComparer.Ordinal), all.Select(position => table[position].Id));
    }

    private static List<GraphRelationship> RandomRelationships(Random random, int count, int nodes)
    {
        string Node() => "n:" + random.Next(nodes).ToString(CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(0, count).Select(index => new GraphRelationship(
            "rel:" + random.Next(1_000_000).ToString("x", CultureInfo.InvariantCulture) + "-" + index.ToString(CultureInfo.InvariantCulture),
            Types[random.Next(Types.Length)], Node(), Node(), null,
            random.Next(3) == 0 ? null : new StatedDate("年", (2015 + random.Next(10)).ToString(CultureInfo.InvariantCulture), DatePrecision.Year),
            null, Statuses[random.Next(Statuses.Length)], new Dictionary<string, object>(), []))];
    }

    private static Dictionary<string, object?> RandomWhere(Random random, Dictionary<object, IReadOnlySet<string>> ends, int depth)
    {
        var where = new Dictionary<string, object?>();
        for (var conditions = random.Next(1, 3); conditions > 0; conditions--)
        {
            var key = random.Next(depth < 2 ? 12 : 9);
            switch (key)
            {
                case 0: where["type"] = Types[random.Next(Types.Length)]; break;
                case 1: where["type_in"] = Types.Where(_ => random.Next(2) == 0).ToList<object>(); break;
                case 2: where["status"] = Statuses[random.Next(Statuses.Length)]; break;
                case 3: where["status_in"] = Statuses.Where(_ => random.Next(2) == 0).Select(status => (object)status).ToList(); break;
                case 4: where["other_in"] = Enumerable.Range(0, 5).Select(_ => (object)("n:" + random.Next(40).ToString(CultureInfo.InvariantCulture))).ToList(); break;
                case 5:
                case 6:
                case 7:
                    var end = new Dictionary<string, object?> { ["id_in"] = key };
                    ends[end] = Enumerable.Range(0, random.Next(0, 8)).Select(_ => "n:" + random.Next(40).ToString(CultureInfo.InvariantCulture)).ToHashSet();
                    where[key == 5 ? "start" : key == 6 ? "end" : "either"] = end;
                    break;
                case 8: where["date_gte"] = (2015 + random.Next(10)).ToString(CultureInfo.InvariantCulture); break;
                case 9: where["and"] = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (object)RandomWhere(random, ends, depth + 1)).ToList(); break;
                case 10: where["or"] = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (object)RandomWhere(random, ends, depth + 1)).ToList(); break;
                default: where["not"] = RandomWhere(random, ends, depth + 1); break;
            }
        }

        return where;
    }
}
