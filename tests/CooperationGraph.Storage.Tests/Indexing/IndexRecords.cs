using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>Minimal records for index tests, where only identity, names and endpoints matter.</summary>
internal static class IndexRecords
{
    public static GraphNode Node(string id, string name, params string[] aliases) =>
        new(id, "Entity", ["Entity"], name, null, aliases, null, new Dictionary<string, object>(), []);

    public static GraphRelationship Relationship(string id, string type, string fromId, string toId) =>
        new(id, type, fromId, toId, null, null, null, RelationshipStatus.Implemented, new Dictionary<string, object>(), []);
}
