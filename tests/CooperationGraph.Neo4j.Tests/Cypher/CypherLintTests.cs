using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Xunit.Abstractions;

namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>
/// Neo4j's own Cypher parser (@neo4j-cypher/language-support 2.0.0-next.38, <c>lintCypherQuery</c>, through
/// tests/js/cypher/lint.mjs) accepts every statement the store and the exporter can emit: zero errors. Warnings are
/// printed to the test output.
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task EveryStoreStatement_ParsesWithoutErrors() => await AssertLintsCleanAsync(StatementCatalogue.Store(), minimum: 150);

    [Fact]
    public async Task EveryExportStatement_ParsesWithoutErrors() => await AssertLintsCleanAsync(StatementCatalogue.Export(), minimum: 50);

    [Fact]
    public async Task TheLinter_ReportsABrokenStatement()
    {
        // Guards the harness itself: a statement with a typo must come back with an error.
        var (summary, lines) = await LintAsync([new StatementCatalogue.Entry("typo", "MATCH (n:Entity) RETURN n LIMT 3", new Dictionary<string, object?>())]);
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Contains("LIMT", lines[0], StringComparison.Ordinal);
    }

    private async Task AssertLintsCleanAsync(IReadOnlyList<StatementCatalogue.Entry> entries, int minimum)
    {
        Assert.True(entries.Count >= minimum, $"the catalogue holds only {entries.Count} statements");
        var (summary, lines) = await LintAsync(entries);
        var failures = new List<string>();
        var warnings = 0;
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var name = document.RootElement.GetProperty("name").GetString();
            foreach (var warning in document.RootElement.GetProperty("warnings").EnumerateArray())
            {
                warnings++;
                output.WriteLine($"warning {name}: {warning.GetString()}");
            }

            failures.AddRange(document.RootElement.GetProperty("errors").EnumerateArray().Select(error => $"{name}: {error.GetString()}"));
        }

        output.WriteLine($"{entries.Count} statements, {failures.Count} errors, {warnings} warnings");
        Assert.Equal(entries.Count, summary.GetProperty("statements").GetInt32());
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static async Task<(JsonElement Summary, List<string> Lines)> LintAsync(IReadOnlyList<StatementCatalogue.Entry> entries)
    {
        var input = new StringBuilder();
        foreach (var entry in entries)
        {
            input.Append(JsonSerializer.Serialize(new { name = entry.Name, statement = entry.Statement, parameters = entry.Parameters }, Json)).Append('\n');
        }

        var start = new ProcessStartInfo("node", [Path.Combine(TestPaths.Root, "tests", "js", "cypher", "lint.mjs"), TestPaths.Schema])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(TestPaths.Root, "tests", "js"),
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToString());
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.True(lines.Count > 0, $"lint.mjs printed nothing; stderr: {await stderr}");
        using var summary = JsonDocument.Parse(lines[^1]);
        return (summary.RootElement.Clone(), lines[..^1]);
    }
}
