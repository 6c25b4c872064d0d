namespace CooperationGraph.Seeding.Records;

/// <summary>Everything read from a seed-data directory, before validation across files.</summary>
internal sealed class SeedSet
{
    public List<DocumentRecord> Documents { get; } = [];

    public List<EntityRecord> Entities { get; } = [];

    public List<RelationRecord> Relations { get; } = [];

    /// <summary>The text of each letter whose file could be read, by document id.</summary>
    public Dictionary<string, string> DocumentTexts { get; } = new(StringComparer.Ordinal);

    public IEnumerable<EntityRecord> Definitions => Entities.Where(entity => !entity.IsMention);
}
