using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Records;

/// <summary>
/// Turns a caller's record into the form <see cref="RecordReader"/> would read back after it is written: private
/// copies of every list (so a caller mutating its own list later cannot change the cached graph), properties
/// round-tripped through their JSON encoding, an empty description dropped. The in-memory graph holds only this form,
/// so a read served from memory equals the same read served from SQLite.
/// </summary>
internal static class StoredForm
{
    public static GraphNode Of(GraphNode node) => new(
        node.Id,
        node.Label,
        [.. node.Labels],
        node.Name,
        node.NameEn,
        [.. node.Aliases],
        node.Description is { En: null, Zh: null } ? null : node.Description,
        PropertyJson.Decode(PropertyJson.Encode(node.Properties, node.Id)),
        [.. node.Sources]);

    public static GraphRelationship Of(GraphRelationship relationship) => relationship with
    {
        Properties = PropertyJson.Decode(PropertyJson.Encode(relationship.Properties, relationship.Id)),
        Sources = [.. relationship.Sources],
    };
}
