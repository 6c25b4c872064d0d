using System.Text.RegularExpressions;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>The Neo4j DDL (graph-schema/neo4j/schema.cypher) matches model.yaml, label for label.</summary>
public sealed partial class Neo4jSchemaTests(RepositorySeedData data) : IClassFixture<RepositorySeedData>
{
    private static readonly Lazy<string[]> Statements = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "graph-schema", "neo4j", "schema.cypher"));
        var withoutComments = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return withoutComments.Split(';').Select(statement => statement.Trim()).Where(statement => statement.Length > 0).ToArray();
    });

    private IEnumerable<string> ConcreteLabels => data.Model.NodeLabels.Where(label => !label.IsAbstract).Select(label => label.Name);

    [Fact]
    public void EveryStatement_IsIdempotentDdl()
    {
        Assert.NotEmpty(Statements.Value);
        Assert.All(Statements.Value, statement =>
        {
            Assert.Matches("^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) [a-z_]+ IF NOT EXISTS FOR ", statement);
            Assert.DoesNotContain('\n', statement);
        });
    }

    [Fact]
    public void StatementNames_AreUnique()
    {
        var names = Statements.Value.Select(statement => Name().Match(statement).Groups["name"].Value).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryConcreteLabelAndEntity_HasAnIdUniquenessConstraint()
    {
        var constrained = Statements.Value.Select(statement => NodeIdConstraint().Match(statement)).Where(match => match.Success)
            .Select(match => match.Groups["label"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(ConcreteLabels.Append("Entity"), label => Assert.Contains(label, constrained));
    }

    [Fact]
    public void EveryRelationshipType_HasAnIdUniquenessConstraint()
    {
        var constrained = Statements.Value.Select(statement => RelationshipPattern().Match(statement))
            .Where(match => match.Success).Select(match => match.Groups["type"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(data.Model.RelationshipTypes, type => Assert.Contains(type.Name, constrained));
    }

    [Fact]
    public void NoStatement_NamesALabelOrTypeTheModelLacks()
    {
        var labels = data.Model.NodeLabels.Select(label => label.Name).ToHashSet(StringComparer.Ordinal);
        var types = data.Model.RelationshipTypes.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Statements.Value, statement =>
        {
            foreach (var label in NodePatternLabels(statement))
            {
                Assert.True(labels.Contains(label), $"'{label}' in «{statement}» is no label of the model");
            }

            if (RelationshipPattern().Match(statement) is { Success: true } relationship)
            {
                Assert.True(types.Contains(relationship.Groups["type"].Value), $"«{statement}» names an unknown relationship type");
            }
        });
    }

    [Fact]
    public void TheFullTextIndex_CoversNameNameEnAndAliasesOfEveryEntityLabel()
    {
        var fullText = Assert.Single(Statements.Value, statement => statement.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        var entityLabels = ConcreteLabels.Where(label => data.Model.IsA(label, "Entity"));

        var indexed = NodePatternLabels(fullText).ToHashSet(StringComparer.Ordinal);
        Assert.All(entityLabels, label => Assert.Contains(label, indexed));
        Assert.Contains("ON EACH [n.name, n.nameEn, n.aliases]", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public void PropertyIndexes_IndexPropertiesTheModelDeclares()
    {
        var common = new[] { "id", "name", "nameEn", "aliases", "status", "role", "date", "amount" };
        var indexes = Statements.Value.Select(statement => NodePropertyIndex().Match(statement)).Where(match => match.Success).ToArray();

        Assert.NotEmpty(indexes);
        Assert.All(indexes, index => Assert.True(
            common.Contains(index.Groups["property"].Value) || data.Model.FindProperty(index.Groups["label"].Value, index.Groups["property"].Value) is not null,
            $"{index.Groups["label"].Value}.{index.Groups["property"].Value} is not a property of the model"));
    }

    private static IEnumerable<string> NodePatternLabels(string statement) =>
        NodePattern().Matches(statement).SelectMany(match => match.Groups["labels"].Value.Split('|'));

    [GeneratedRegex(@"^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (?<name>[a-z_]+)")]
    private static partial Regex Name();

    [GeneratedRegex(@"FOR \(n:(?<label>[A-Za-z]+)\) REQUIRE n\.id IS UNIQUE$")]
    private static partial Regex NodeIdConstraint();

    [GeneratedRegex(@"FOR \(n:(?<labels>[A-Za-z|]+)\)")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"FOR \(\)-\[r:(?<type>[A-Z_]+)\]-\(\)")]
    private static partial Regex RelationshipPattern();

    [GeneratedRegex(@"^CREATE INDEX [a-z_]+ IF NOT EXISTS FOR \(n:(?<label>[A-Za-z]+)\) ON \(n\.(?<property>[A-Za-z]+)\)$")]
    private static partial Regex NodePropertyIndex();
}
