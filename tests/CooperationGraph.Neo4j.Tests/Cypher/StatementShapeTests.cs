using System.Text.RegularExpressions;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Store;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// What EXPLAIN would show, asserted on the statement text (no server runs here): id look-ups of relationships are
/// typed patterns (index seeks on each type's id constraint or index), search starts from the full-text index,
/// statistics use the shapes answered from the count store, paths are bounded before they are enumerated, and the
/// schema step substitutes what a pre-5.7 server lacks.
/// </summary>
public sealed class StatementShapeTests
{
    private static readonly IReadOnlyList<string> Types = new ModelVocabulary(TestPaths.Model).AllTypes;

    [Fact]
    public void RelationshipLookUpsById_UseOneTypedPatternPerType_AndNoUntypedScan()
    {
        Assert.True(Types.Count > 10);
        foreach (var statement in new[] { StoreStatements.RelationshipsById(Types), StoreStatements.DeleteRelationships(Types) })
        {
            Assert.DoesNotContain("()-[r]->()", statement, StringComparison.Ordinal);
            Assert.All(Types, type => Assert.Contains($"MATCH ()-[r:`{type}`]->() WHERE r.id IN $ids ", statement, StringComparison.Ordinal));
            Assert.Equal(Types.Count - 1, Regex.Matches(statement, " UNION ALL ").Count);
        }
    }

    [Fact]
    public void EveryTypedIdLookUp_HasAnIdConstraintOrIndexInTheSchema()
    {
        foreach (var server in new[] { ServerInfo.Parse("4.4.30", "enterprise"), ServerInfo.Parse("5.26.0", "community") })
        {
            var ddl = string.Join('\n', SchemaStatements.For(server, out _));
            Assert.All(Types, type => Assert.Matches($@"FOR \(\)-\[r:{type}\]-\(\) (REQUIRE r\.id IS UNIQUE|ON \(r\.id\))", ddl));
        }
    }

    [Fact]
    public void Search_StartsFromTheFullTextIndexTheSchemaCreates()
    {
        Assert.StartsWith("CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n", StoreStatements.Search, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH (n:Entity)", StoreStatements.Search, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS", File.ReadAllText(TestPaths.Schema), StringComparison.Ordinal);
        Assert.Contains("`fulltext.analyzer`: 'cjk'", File.ReadAllText(TestPaths.Schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_RanksAsTheScanDoes()
    {
        static string Ranking(string statement) => statement[statement.IndexOf("WITH n, [x IN", StringComparison.Ordinal)..];
        Assert.Equal(Ranking(StoreStatements.SearchByScan), Ranking(StoreStatements.Search));
    }

    [Theory]
    [InlineData("广西", "\"广西\"")]
    [InlineData("  GuangXi ", "\"guangxi\" OR guangxi*")]
    [InlineData("a \"b\" \\", "\"a \\\"b\\\" \\\\\"")]
    [InlineData("hku", "\"hku\" OR hku*")]
    public void FullTextQuery_IsAPhrase_PlusAPrefixForOneWord(string text, string expected) =>
        Assert.Equal(expected, FullTextQuery.For(text));

    [Theory]
    [InlineData("广西", null)]
    [InlineData(" STS ", "(?s)(?:.*[^a-z0-9])?sts.*")]
    [InlineData("c++ 2.0", "(?s)(?:.*[^a-z0-9])?c\\+\\+\\ 2\\.0.*")]
    [InlineData("GX大学", "(?s)(?:.*[^a-z0-9])?gx大学.*")]
    public void WordStartPattern_HoldsOnlyWhereALatinTextStartsAWord(string text, string? expected) =>
        Assert.Equal(expected, FullTextQuery.WordStartPattern(text));

    [Theory]
    [InlineData("posts approved", false)]
    [InlineData("中科院—广西sts计划", true)]
    [InlineData("cas–guangxi science and technology service network (sts) initiative", true)]
    [InlineData("sts", true)]
    public void WordStartPattern_MatchesAsTheEmbeddedRuleDoes(string name, bool matches)
    {
        // .NET's regular expressions read this pattern as Java's do (no construct differs between the two here).
        var pattern = FullTextQuery.WordStartPattern("STS")!;
        Assert.Equal(matches, Regex.IsMatch(name, "^(?:" + pattern + ")$"));
        Assert.Equal(matches, SearchWords.Contains(name, "sts"));
    }

    [Fact]
    public void ASingleCharacter_IsSearchedByScanning()
    {
        Assert.False(FullTextQuery.CanServe("桂"));
        Assert.True(FullTextQuery.CanServe("广西"));
    }

    [Fact]
    public void Statistics_CountInTheCountStoresShapes()
    {
        var statement = StoreStatements.Statistics(Types);
        Assert.StartsWith("MATCH (n:Entity) RETURN 'nodes' AS part, count(n) AS total UNION ALL ", statement, StringComparison.Ordinal);
        Assert.All(Types, type => Assert.Contains($"MATCH ()-[r:`{type}`]->() RETURN 'relationships' AS part, count(r) AS total", statement, StringComparison.Ordinal));
        Assert.DoesNotContain("(:Entity)-[r]", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_AreFoundByShortestPathFirst_ThenOneLengthAtATimeWithALimit()
    {
        Assert.Contains("shortestPath((a)-[rels*1..8]->(b))", StoreStatements.ShortestPathLength(Direction.Outgoing, 8), StringComparison.Ordinal);
        for (var hops = 1; hops <= PathQuery.MaxMaxHops; hops++)
        {
            var statement = StoreStatements.Paths(Direction.Both, hops);
            Assert.Contains($"-[rels*{hops}..{hops}]-", statement, StringComparison.Ordinal);
            Assert.EndsWith("LIMIT $limit", statement, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => StoreStatements.Paths(Direction.Both, PathQuery.MaxMaxHops + 1));
    }

    [Theory]
    [InlineData("4.4.30", false)]
    [InlineData("5.0.0", false)]
    [InlineData("5.6.0", false)]
    [InlineData("5.7.0", true)]
    [InlineData("5.26.12", true)]
    [InlineData("2025.06.0", true)]
    public void RelationshipUniqueness_IsUsedOnlyWhereTheServerHasIt(string version, bool has)
    {
        var server = ServerInfo.Parse(version, "community");
        Assert.Equal(has, server.HasRelationshipUniqueness);
        var ddl = SchemaStatements.For(server, out var substituted);
        var relationshipConstraints = SchemaStatements.All.Count(s => Regex.IsMatch(s, @"FOR \(\)-\[r:\w+\]-\(\) REQUIRE"));
        Assert.Equal(SchemaStatements.All.Count(), ddl.Count);
        Assert.Equal(has ? 0 : relationshipConstraints, substituted.Count);
        Assert.Equal(has ? relationshipConstraints : 0, ddl.Count(s => Regex.IsMatch(s, @"FOR \(\)-\[r:\w+\]-\(\) REQUIRE")));
        Assert.All(ddl, statement => Assert.Contains(" IF NOT EXISTS ", statement, StringComparison.Ordinal));
    }
}
