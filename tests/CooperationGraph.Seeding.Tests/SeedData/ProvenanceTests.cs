namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>Every node and link traces to a document, and every quote to the exact words of its letter.</summary>
public sealed class ProvenanceTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    [Fact]
    public void EveryLetterFile_IsLoaded()
    {
        var letterFiles = Directory.GetFiles(Path.Combine(TestSupport.RepositoryPaths.SeedData, "letters"), "*.txt");

        Assert.Equal(letterFiles.Length, data.LetterTexts.Count);
        Assert.Equal(data.LetterTexts.Keys.Order(), data.Snapshot.DocumentTexts.Keys.Order());
    }

    [Fact]
    public void EveryNodeAndRelationship_HasASource()
    {
        Assert.All(data.Snapshot.Nodes, node => Assert.NotEmpty(node.Sources));
        Assert.All(data.Snapshot.Relationships, relationship => Assert.NotEmpty(relationship.Sources));
    }

    [Fact]
    public void EveryQuote_IsAVerbatimSubstringOfTheLetterFileOnDisk()
    {
        var quoted = data.AllSources().Where(pair => pair.Source.Quote is not null).ToArray();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, pair =>
        {
            Assert.True(data.LetterTexts.TryGetValue(pair.Source.DocumentId, out var text), $"{pair.Owner} quotes '{pair.Source.DocumentId}', which is no letter");
            Assert.True(text!.Contains(pair.Source.Quote!, StringComparison.Ordinal), $"{pair.Owner}: «{pair.Source.Quote}» is not in {pair.Source.DocumentId}");
        });
    }

    [Fact]
    public void EveryQuote_LiesInsideTheSectionItNames()
    {
        var quoted = data.AllSources().Where(pair => pair.Source.Quote is not null).ToArray();

        Assert.All(quoted, pair =>
        {
            var outline = data.Outlines[pair.Source.DocumentId];
            var section = outline.Find(pair.Source.Section ?? "");
            Assert.True(section is not null, $"{pair.Owner}: section '{pair.Source.Section}' is not in the outline of {pair.Source.DocumentId}");
            Assert.True(section!.Contains(outline.Text, pair.Source.Quote!), $"{pair.Owner}: «{pair.Source.Quote}» is not inside section {pair.Source.Section}");
        });
    }

    [Fact]
    public void EverySourceWithoutAQuote_CitesAReferenceWork()
    {
        var unquoted = data.AllSources().Where(pair => pair.Source.Quote is null && data.HasNode(pair.Source.DocumentId)).ToArray();

        Assert.All(unquoted, pair => Assert.Equal("reference", data.Node(pair.Source.DocumentId).Properties["kind"]));
    }

    [Fact]
    public void EveryRelationship_JoinsNodesThatExist()
    {
        Assert.All(data.Snapshot.Relationships, relationship =>
        {
            Assert.True(data.HasNode(relationship.FromId), $"{relationship.Id} starts at missing '{relationship.FromId}'");
            Assert.True(data.HasNode(relationship.ToId), $"{relationship.Id} ends at missing '{relationship.ToId}'");
        });
    }

    [Fact]
    public void EveryNodeAndRelationshipSource_NamesADocumentNode()
    {
        Assert.All(data.AllSources(), pair => Assert.True(data.HasNode(pair.Source.DocumentId), $"{pair.Owner} cites unknown '{pair.Source.DocumentId}'"));
    }
}
