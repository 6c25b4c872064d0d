using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>The repository's own model and seed data load without a single error.</summary>
public sealed class RealSeedDataTests
{
    [Fact]
    public void GraphModel_OfTheRepository_Loads()
    {
        var model = GraphModelLoader.Load(RepositoryPaths.ModelYaml);

        Assert.NotNull(model.FindLabel("Document"));
        Assert.All(["ISSUED", "ADDRESSED_TO", "LEAD_HANDLER_OF", "CO_HANDLER_OF"], type => Assert.NotNull(model.FindRelationshipType(type)));
    }

    [Fact]
    public void SeedData_OfTheRepository_LoadsEveryLetter()
    {
        var model = GraphModelLoader.Load(RepositoryPaths.ModelYaml);

        var snapshot = Load(model);

        var letters = Directory.GetFiles(Path.Combine(RepositoryPaths.SeedData, "letters"), "*.txt").Length;
        Assert.Equal(letters, snapshot.DocumentTexts.Count);
        Assert.All(snapshot.Nodes, node => Assert.NotEmpty(node.Sources));
        Assert.All(snapshot.Relationships, relationship => Assert.NotEmpty(relationship.Sources));
    }

    [Fact]
    public void SeedData_OfTheRepository_QuotesAreVerbatim()
    {
        var snapshot = Load(GraphModelLoader.Load(RepositoryPaths.ModelYaml));

        var quoted = snapshot.Nodes.SelectMany(node => node.Sources).Concat(snapshot.Relationships.SelectMany(relationship => relationship.Sources))
            .Where(source => source.Quote is not null);
        Assert.All(quoted, source => Assert.Contains(source.Quote!, snapshot.DocumentTexts[source.DocumentId], StringComparison.Ordinal));
    }

    private static Domain.Graph.GraphSnapshot Load(Domain.Model.GraphModel model)
    {
        try
        {
            return SeedLoader.Load(RepositoryPaths.SeedData, model);
        }
        catch (SeedDataException exception)
        {
            // Show every error, not only the count, when the real data breaks a rule.
            Assert.Fail(exception.Message);
            throw;
        }
    }
}
