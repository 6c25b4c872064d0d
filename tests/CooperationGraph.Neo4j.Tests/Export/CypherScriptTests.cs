using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Export;

/// <summary>The script's layout: DDL first, one MERGE per node and per relationship keyed by id, so a rerun duplicates nothing.</summary>
public sealed class CypherScriptTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Script_HasTheDdlFirst_ThenOneMergePerNodeAndRelationship()
    {
        var graph = ContractGraph.Snapshot;
        var path = _directory.File("graph.cypher");
        Neo4jExport.WriteCypherScript(graph, path);
        var lines = File.ReadAllLines(path).Where(line => !line.StartsWith("//", StringComparison.Ordinal)).ToList();
        var ddl = lines.TakeWhile(line => line.StartsWith("CREATE ", StringComparison.Ordinal)).ToList();
        Assert.Equal(File.ReadAllText(TestPaths.Schema).Split('\n').Count(line => line.StartsWith("CREATE ", StringComparison.Ordinal)), ddl.Count);
        Assert.All(ddl, line => Assert.Contains("IF NOT EXISTS", line, StringComparison.Ordinal));
        var nodes = lines.Skip(ddl.Count).Take(graph.Nodes.Count).ToList();
        var relationships = lines.Skip(ddl.Count + graph.Nodes.Count).ToList();
        Assert.All(nodes, line => Assert.StartsWith("MERGE (n:Entity {id: '", line, StringComparison.Ordinal));
        Assert.All(relationships, line => Assert.Matches(@"^MATCH \(a:Entity \{id: '.*'\}\) MATCH \(b:Entity \{id: '.*'\}\) MERGE \(a\)-\[r:`[A-Z_]+` \{id: '.*'\}\]->\(b\) SET r = \{.*\};$", line));
        Assert.Equal(graph.Relationships.Count, relationships.Count);
        Assert.Contains("MERGE (n:Entity {id: 'org:gxu'}) SET n = {", nodes[Array.FindIndex(graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(), n => n.Id == "org:gxu")], StringComparison.Ordinal);
    }

    [Fact]
    public void Script_IsIdempotent_EveryWriteIsKeyedByAUniqueId()
    {
        // Running it twice cannot duplicate: each node MERGE keys on a distinct id, each relationship MERGE too, and
        // SET replaces the whole property map rather than appending.
        var path = _directory.File("graph.cypher");
        Neo4jExport.WriteCypherScript(RealSeedGraph.Snapshot, path);
        var lines = File.ReadAllLines(path);
        var nodeKeys = lines.Where(line => line.StartsWith("MERGE ", StringComparison.Ordinal)).Select(line => line[..line.IndexOf("})", StringComparison.Ordinal)]).ToList();
        var relationshipKeys = lines.Where(line => line.StartsWith("MATCH ", StringComparison.Ordinal)).Select(line => line[line.IndexOf("MERGE", StringComparison.Ordinal)..line.IndexOf("}]->", StringComparison.Ordinal)]).ToList();
        Assert.Equal(RealSeedGraph.Snapshot.Nodes.Count, nodeKeys.Distinct().Count());
        Assert.Equal(RealSeedGraph.Snapshot.Relationships.Count, relationshipKeys.Distinct().Count());
        Assert.DoesNotContain(lines, line => line.Contains("SET n +=", StringComparison.Ordinal) || line.StartsWith("CREATE (", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_RefusesWhatNeo4jCannotStore()
    {
        var node = ContractGraph.Node("org:gxu") with { Properties = new Dictionary<string, object> { ["campus"] = new Uri("https://example.org") } };
        var graph = new GraphSnapshot([node], [], new Dictionary<string, string>());
        var error = Assert.Throws<GraphStoreException>(() => Neo4jExport.WriteCypherScript(graph, _directory.File("x.cypher")));
        Assert.Equal(GraphStoreErrorCode.InvalidRecord, error.Code);
        Assert.Contains("campus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_NamesTheLineOfAForeignStatement()
    {
        var path = _directory.File("foreign.cypher");
        File.WriteAllText(path, "// ok\nMATCH (n) DETACH DELETE n;\n");
        var error = Assert.Throws<FormatException>(() => Neo4jExport.ReadCypherScript(path));
        Assert.StartsWith("line 2", error.Message, StringComparison.Ordinal);
    }
}
