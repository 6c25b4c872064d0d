using System.Diagnostics;
using System.Text.Json;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.SeedData;

/// <summary>
/// Neo4j's own Cypher parser (@neo4j-cypher/language-support, through tests/js/schema/lint-ddl.mjs) accepts
/// every statement of graph-schema/neo4j/schema.cypher — and rejects a broken one, so the check has teeth.
/// </summary>
public sealed class CypherParserTests
{
    [Fact]
    public void TheSchemaDdl_ParsesWithoutASyntaxError()
    {
        var (exitCode, lines) = Lint(Path.Combine(RepositoryPaths.Root, "graph-schema", "neo4j", "schema.cypher"));

        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.True(exitCode == 0, string.Join(Environment.NewLine, lines));
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("statements").GetInt32() > 30);
    }

    [Fact]
    public void AMisspelledStatement_IsReported()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.cypher");
        File.WriteAllText(broken, "CREATE CONSTRAINT region_id_unique IF NOT EXIST FOR (n:Region) REQUIRE n.id IS UNIQUE;\n");
        try
        {
            var (exitCode, lines) = Lint(broken);

            Assert.Equal(1, exitCode);
            Assert.Equal(1, JsonDocument.Parse(lines[^1]).RootElement.GetProperty("errors").GetInt32());
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static (int ExitCode, string[] Lines) Lint(string schemaPath)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Root, "tests", "js", "schema", "lint-ddl.mjs"), schemaPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "tests", "js"),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (scripts/install-test-deps.sh installs the peers).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 0, $"lint-ddl.mjs printed nothing; stderr: {stderr.Result}");
        return (process.ExitCode, lines);
    }
}
