using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement template the store and the exporter emit, rendered with representative parameters: the schema DDL,
/// the store's fixed statements, its label/type-specific writes for every label chain and type of the model, every
/// direction and hop bound of traversals, node queries and aggregates over every filter kind, and the export statements of
/// every label and type of the real seed graph, the whole contract graph and a node full of nasty strings.
/// </summary>
public static class StatementCatalogue
{
    public sealed record Entry(string Name, string Statement, IReadOnlyDictionary<string, object?> Parameters);

    public static IReadOnlyList<Entry> Store()
    {
        var entries = new List<Entry>();
        var index = 0;
        foreach (var statement in SchemaStatements.All)
        {
            entries.Add(new Entry($"ddl-{index++}", statement, Empty));
        }

        var ids = new List<object?> { "org:gxu", "org:scut" };
        var row = new Dictionary<string, object?> { ["id"] = "org:gxu", ["from"] = "org:gxu", ["to"] = "org:scut", ["props"] = new Dictionary<string, object?> { ["id"] = "x" }, ["text"] = "正文" };
        var rows = new Dictionary<string, object?> { ["rows"] = new List<object?> { row } };
        entries.Add(new Entry("nodes-by-id", StoreStatements.NodesById, Ids(ids)));
        var types = new Neo4j.Store.ModelVocabulary(TestPaths.Model).AllTypes;
        entries.Add(new Entry("relationships-by-id", StoreStatements.RelationshipsById(types), Ids(ids)));
        entries.Add(new Entry("document-text", StoreStatements.DocumentText, new Dictionary<string, object?> { ["id"] = "doc:letter-1" }));
        entries.Add(new Entry("statistics", StoreStatements.Statistics(types), Key));
        entries.Add(new Entry("server-components", ServerInfo.Components, Empty));
        foreach (var (statement, i) in SchemaStatements.For(ServerInfo.Parse("4.4.30", "community"), out _).Select((s, i) => (s, i)).Where(p => !SchemaStatements.All.Contains(p.s)))
        {
            entries.Add(new Entry($"ddl-before-5.7-{i}", statement, Empty));
        }

        var batch = new Dictionary<string, object?> { ["batch"] = 10000L };
        entries.Add(new Entry("replacement-state", StoreStatements.ReplacementState, Key));
        entries.Add(new Entry("claim-replacement", StoreStatements.ClaimReplacement, new Dictionary<string, object?> { ["key"] = "graph", ["hash"] = "ab" }));
        entries.Add(new Entry("delete-relationship-batch", StoreStatements.DeleteRelationshipBatch, batch));
        entries.Add(new Entry("delete-node-batch", StoreStatements.DeleteNodeBatch, batch));
        entries.Add(new Entry("record-replace-batches", StoreStatements.RecordReplaceBatches, new Dictionary<string, object?> { ["key"] = "graph", ["done"] = 3L }));
        entries.Add(new Entry("finish-replacement", StoreStatements.FinishReplacement, new Dictionary<string, object?> { ["key"] = "graph", ["hash"] = "ab" }));
        entries.Add(new Entry("export-nodes", StoreStatements.ExportNodes, Empty));
        entries.Add(new Entry("export-relationships", StoreStatements.ExportRelationships, Empty));
        entries.Add(new Entry("claim-version", StoreStatements.ClaimVersion, Key));
        entries.Add(new Entry("set-content-hash", StoreStatements.SetContentHash, new Dictionary<string, object?> { ["key"] = "graph", ["hash"] = "ab" }));
        entries.Add(new Entry("delete-relationships", StoreStatements.DeleteRelationships(types), Ids(ids)));
        entries.Add(new Entry("delete-nodes", StoreStatements.DeleteNodes, Ids(ids)));
        entries.Add(new Entry("delete-all", StoreStatements.DeleteAll, Empty));
        entries.Add(new Entry("delete-meta", StoreStatements.DeleteMeta, Key));
        entries.Add(new Entry("existing-node-ids", StoreStatements.ExistingNodeIds, Ids(ids)));
        entries.Add(new Entry("set-document-texts", StoreStatements.SetDocumentTexts, rows));
        entries.Add(new Entry("search", StoreStatements.Search, new Dictionary<string, object?> { ["text"] = "广西", ["query"] = "\"广西\"", ["label"] = "University", ["limit"] = 20L, ["word"] = null }));
        entries.Add(new Entry("search-latin", StoreStatements.Search, new Dictionary<string, object?> { ["text"] = "sts", ["query"] = "\"sts\" OR sts*", ["label"] = null, ["limit"] = 20L, ["word"] = FullTextQuery.WordStartPattern("STS") }));
        entries.Add(new Entry("search-by-scan", StoreStatements.SearchByScan, new Dictionary<string, object?> { ["text"] = "桂", ["label"] = null, ["limit"] = 20L, ["word"] = null }));

        var model = TestPaths.Model;
        var vocabulary = new CooperationGraph.Neo4j.Store.ModelVocabulary(model);
        foreach (var label in model.NodeLabels.Where(label => !label.IsAbstract))
        {
            var chain = model.LineageOf(label.Name).Prepend("Entity").Distinct().ToList();
            entries.Add(new Entry($"upsert-nodes-{label.Name}", StoreStatements.UpsertNodes(chain, vocabulary.AllLabels.Except(chain)), rows));
            entries.Add(new Entry($"create-nodes-{label.Name}", StoreStatements.CreateNodes(chain), rows));
        }

        foreach (var type in model.RelationshipTypes)
        {
            entries.Add(new Entry($"create-relationships-{type.Name}", StoreStatements.CreateRelationships(type.Name), rows));
        }

        var traversal = new Dictionary<string, object?> { ["ids"] = ids, ["types"] = new List<object?> { "CO_BUILDS" }, ["limit"] = 10L, ["from"] = "org:gxu", ["to"] = "org:hku" };
        foreach (var direction in Enum.GetValues<Direction>())
        {
            entries.Add(new Entry($"relationships-of-nodes-{direction}", StoreStatements.RelationshipsOfNodes(direction), traversal));
            entries.Add(new Entry($"steps-{direction}", StoreStatements.Steps(direction), traversal));
            entries.Add(new Entry($"shortest-path-length-{direction}", StoreStatements.ShortestPathLength(direction, PathQuery.MaxMaxHops), traversal));
            for (var hops = 1; hops <= PathQuery.MaxMaxHops; hops++)
            {
                entries.Add(new Entry($"paths-{direction}-{hops}", StoreStatements.Paths(direction, hops), traversal));
            }
        }

        foreach (var (name, filter) in Filters())
        {
            var parameters = new CypherParameters();
            var matchWhere = NodeQueryCypher.MatchWhere("University", filter, parameters);
            var page = NodeQueryCypher.Page(matchWhere, [new NodeSortField("launched", Descending: true), new NodeSortField("name")], parameters);
            parameters.Add("skip", 0L);
            parameters.Add("limit", 50L);
            entries.Add(new Entry($"count-{name}", NodeQueryCypher.Count(matchWhere), parameters.Values));
            entries.Add(new Entry($"page-{name}", page, parameters.Values));
        }

        foreach (var (name, query) in Aggregates())
        {
            var parameters = new CypherParameters();
            entries.Add(new Entry($"aggregate-{name}", AggregateCypher.Build(query, query.Label, parameters), parameters.Values));
        }

        return entries;
    }

    public static IReadOnlyList<Entry> Export()
    {
        var entries = new List<Entry>();
        // The real seed graph contributes one statement per label and per type: the templates, not the data, vary.
        var seed = RealSeedGraph.Snapshot;
        var representative = new GraphSnapshot(
            seed.Nodes.GroupBy(node => node.Label).Select(group => group.First()).ToList(),
            seed.Relationships.GroupBy(relationship => relationship.Type).Select(group => group.First()).ToList(),
            seed.DocumentTexts);
        foreach (var snapshot in new[] { representative, ContractGraph.Snapshot, NastyGraph() })
        {
            foreach (var node in snapshot.Nodes)
            {
                entries.Add(new Entry($"export-node-{node.Id}", CypherScriptWriter.NodeStatement(node, snapshot.DocumentTexts.GetValueOrDefault(node.Id)), Empty));
            }

            foreach (var relationship in snapshot.Relationships)
            {
                entries.Add(new Entry($"export-relationship-{relationship.Id}", CypherScriptWriter.RelationshipStatement(relationship), Empty));
            }
        }

        return entries;
    }

    /// <summary>A two-node graph whose every text field is a nasty string.</summary>
    public static GraphSnapshot NastyGraph()
    {
        var nasty = NastyStrings.All;
        var sources = nasty.Select(text => new Provenance("doc:nasty", text, text)).Append(new Provenance("doc:nasty", null, null)).ToList();
        var node = new GraphNode(
            "org:nasty'\\", "University", ["Entity", "Organisation", "University"], string.Concat(nasty) + "x", nasty[1], nasty,
            new LocalizedText(nasty[4], nasty[7]),
            new Dictionary<string, object>
            {
                ["level"] = nasty[0],
                ["employees"] = -7L,
                ["score"] = 1.5e-7,
                ["listed"] = false,
                ["tags"] = new[] { nasty[3], nasty[5] },
                ["empty"] = Array.Empty<string>(),
                ["founded"] = new StatedDate(nasty[2], "2021-06-18", DatePrecision.Day),
                ["budget"] = new StatedAmount(nasty[6], 1234567890.12345678m, "CNY"),
            },
            sources);
        var document = new GraphNode("doc:nasty", "Document", ["Entity", "Document"], "文", null, [], null, new Dictionary<string, object>(), [new Provenance("doc:nasty", null, null)]);
        var link = new GraphRelationship("rel:nasty\n", "ISSUED", node.Id, document.Id, nasty[9], new StatedDate("2020年", "2020", DatePrecision.Year, "2021"),
            new StatedAmount("3成", 0.3m, null, "ratio"), RelationshipStatus.Planned, new Dictionary<string, object> { ["note"] = nasty[10] }, sources);
        return new GraphSnapshot([node, document], [link], new Dictionary<string, string> { [document.Id] = string.Join("\n", nasty) });
    }

    private static IEnumerable<(string Name, NodeFilter? Filter)> Filters()
    {
        yield return ("none", null);
        yield return ("eq", NodeFilter.Eq("name", "广西大学"));
        yield return ("range-date", new ComparisonFilter("launched", ComparisonOperator.GreaterThan, new DateOnly(2020, 1, 1)));
        yield return ("range-amount", new ComparisonFilter("size", ComparisonOperator.LessThanOrEqual, 40_000_000m));
        yield return ("in", new InFilter("level", ["national", "provincial"]));
        yield return ("contains", new ContainsFilter("aliases", "港大"));
        yield return ("related", new RelatedFilter("LOCATED_IN", "region:guangxi", Direction.Outgoing));
        yield return ("related-any", new RelatedFilter(null, null, Direction.Both));
        var guangxi = new RelatedFilter("LOCATED_IN", "region:guangxi");
        yield return ("related-other-end", new RelatedFilter("CO_BUILDS", null, Direction.Incoming) { Other = NodeFilter.All(guangxi, new InFilter("level", ["national"])) });
        yield return ("related-status-types", new RelatedFilter(null, null) { Types = ["FUNDS", "SUPPORTS"], Statuses = [RelationshipStatus.Planned, RelationshipStatus.Ongoing] });
        yield return ("related-none", new RelatedFilter("CO_BUILDS", null, Direction.Both) { Quantifier = RelatedQuantifier.None, Other = guangxi });
        yield return ("related-all", new RelatedFilter("CO_BUILDS", "org:gxu", Direction.Incoming) { Quantifier = RelatedQuantifier.All, Statuses = [RelationshipStatus.Ongoing], Other = new NotFilter(guangxi) });
        yield return ("related-all-empty", new RelatedFilter("CO_BUILDS", null) { Quantifier = RelatedQuantifier.All });
        yield return ("related-nested", new RelatedFilter(null, null) { Other = new RelatedFilter(null, null) { Quantifier = RelatedQuantifier.All, Other = new RelatedFilter("IN_SECTOR", null) { Quantifier = RelatedQuantifier.None } } });
        yield return ("tree", NodeFilter.All(
            new NotFilter(NodeFilter.Eq("listed", true)),
            NodeFilter.Any(new RelatedFilter("CO_BUILDS", null, Direction.Incoming), new ComparisonFilter("employees", ComparisonOperator.GreaterThanOrEqual, 100L)),
            NodeFilter.All(),
            NodeFilter.Any()));
    }

    private static IEnumerable<(string Name, AggregateQuery Query)> Aggregates()
    {
        yield return ("nodes-label", new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Label));
        yield return ("nodes-property", new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Property, "level", "Organisation", NodeFilter.Eq("listed", true), SumAmountProperty: "size"));
        yield return ("nodes-year", new AggregateQuery(AggregateTarget.Nodes, AggregateGrouping.Year, "launched"));
        yield return ("relationships-type", new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.RelationshipType, Types: ["FUNDS", "SUPPORTS"]));
        yield return ("relationships-status", new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Status, Label: "University"));
        yield return ("relationships-year", new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Year, Filter: new ContainsFilter("name", "大学")));
        yield return ("relationships-label", new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Label));
        yield return ("relationships-property", new AggregateQuery(AggregateTarget.Relationships, AggregateGrouping.Property, "channel"));
    }

    private static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    private static IReadOnlyDictionary<string, object?> Key { get; } = new Dictionary<string, object?> { ["key"] = "graph" };

    private static Dictionary<string, object?> Ids(List<object?> ids) => new() { ["ids"] = ids };
}
