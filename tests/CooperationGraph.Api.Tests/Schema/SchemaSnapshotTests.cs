using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Tests.Schema;

/// <summary>
/// <c>graph-schema/schema.graphql</c> is the printed live schema. When the schema changes on purpose, regenerate it
/// with <c>UPDATE_SCHEMA_SNAPSHOT=1 dotnet test tests/CooperationGraph.Api.Tests --filter SchemaSnapshotTests</c>
/// and review the diff; the test never rewrites the file otherwise, so CI fails on drift.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SchemaSnapshotTests(SeededGraph graph)
{
    [Fact]
    public void The_printed_schema_matches_graph_schema_slash_schema_graphql()
    {
        var printed = SchemaPrinter.PrintSchema(graph.Engine.Schema).ReplaceLineEndings("\n");
        printed = printed.EndsWith('\n') ? printed : printed + "\n";
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with UPDATE_SCHEMA_SNAPSHOT=1 to write it.");
        var stored = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            stored == printed,
            $"{path} differs from the live schema. If the change is intended, run UPDATE_SCHEMA_SNAPSHOT=1 dotnet test tests/CooperationGraph.Api.Tests --filter SchemaSnapshotTests and commit the file.");
    }

    [Fact]
    public void The_core_names_outside_tools_rely_on_are_present()
    {
        var printed = SchemaPrinter.PrintSchema(graph.Engine.Schema);
        Assert.Contains("interface Entity implements Node", printed, StringComparison.Ordinal);
        Assert.Contains("type Region implements Node & Entity", printed, StringComparison.Ordinal);
        Assert.Contains("interface Organisation implements Node & Entity", printed, StringComparison.Ordinal);
        Assert.Contains("coBuiltBy(", printed, StringComparison.Ordinal);
        Assert.Contains("entities(", printed, StringComparison.Ordinal);
        Assert.Contains("enum Bloc", printed, StringComparison.Ordinal);
    }

    private static string SnapshotPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "graph-schema", "schema.graphql"));
}
