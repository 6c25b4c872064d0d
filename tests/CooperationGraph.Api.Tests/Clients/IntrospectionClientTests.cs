using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Clients;

/// <summary>
/// What common tools build from the service's introspection: graphql-js 16's full introspection query (every option
/// on, as GraphiQL, codegen and IDE plugins send it) turned into a client schema with <c>buildClientSchema</c>, whose
/// printed SDL must be the committed <c>graph-schema/schema.graphql</c>.
/// </summary>
public sealed partial class IntrospectionClientTests(LoopbackHost host) : IClassFixture<LoopbackHost>
{
    [Fact]
    public async Task The_full_introspection_builds_a_client_schema_that_prints_the_committed_sdl()
    {
        var schemaFile = Path.Combine(NodeScript.RepositoryRoot(), "graph-schema", "schema.graphql");
        var stdout = await NodeScript.RunAsync(Path.Combine("clients", "introspection.mjs"), [host.GraphQLUrl, schemaFile], TimeSpan.FromSeconds(90));
        var report = JsonSerializer.Deserialize<IntrospectionReport>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.True(report.Status == (int)HttpStatusCode.OK, $"HTTP {report.Status}: {report.Errors}");
        Assert.StartsWith("application/graphql-response+json", report.ContentType, StringComparison.Ordinal);
        Assert.True(report.Errors is null, $"errors: {report.Errors}");
        Assert.NotNull(report.ClientSdl);
        // graphql-js prints both the same way: every type, field, argument, default, description and deprecation.
        AssertSameLines(report.FileSdl, report.ClientSdl, "printSchema(buildSchema(schema.graphql))");
        // And the file itself is that text, but for the cost directives applied to fields, which introspection cannot
        // carry (their definitions it does carry).
        var committed = AppliedCostDirective().Replace(File.ReadAllText(schemaFile).ReplaceLineEndings("\n"), "").TrimEnd('\n');
        AssertSameLines(committed, report.ClientSdl, "graph-schema/schema.graphql without applied @cost/@listSize");
    }

    private static void AssertSameLines(string expected, string actual, string what)
    {
        var expectedLines = expected.TrimEnd('\n').Split('\n');
        var actualLines = actual.TrimEnd('\n').Split('\n');
        for (var line = 0; line < Math.Min(expectedLines.Length, actualLines.Length); line++)
        {
            Assert.True(expectedLines[line] == actualLines[line],
                $"line {line + 1} differs from {what}:\n  expected: {expectedLines[line]}\n  client:   {actualLines[line]}");
        }

        Assert.True(expectedLines.Length == actualLines.Length, $"{what} has {expectedLines.Length} lines, the client schema {actualLines.Length}");
    }

    // " @cost(weight: 20)" and " @listSize(...)" where applied, not "directive @cost(" where defined.
    [GeneratedRegex(@"(?<!directive) @(cost|listSize)\([^)]*\)")]
    private static partial Regex AppliedCostDirective();

    private sealed record IntrospectionReport(int Status, string? ContentType, JsonElement? Errors, string? ClientSdl, string FileSdl);
}
