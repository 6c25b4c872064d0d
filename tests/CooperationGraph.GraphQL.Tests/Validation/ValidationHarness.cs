using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Tests.Language;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and its locations.</summary>
/// <param name="Message">The exact message.</param>
/// <param name="Locations">The 1-based line/column pairs, in order.</param>
public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations);

/// <summary>Runs validation rules against the test schemas (the *.graphql files next to this file).</summary>
internal static class ValidationHarness
{
    private static readonly ConcurrentDictionary<string, GraphQLSchema> Schemas = new(StringComparer.Ordinal);

    public static ExpectedError Expect(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static GraphQLSchema Schema(string name) =>
        Schemas.GetOrAdd(name, static n => BuildSchema.FromSdl(File.ReadAllText(Path.Combine(Directory(), n + ".graphql"))));

    public static void AssertErrors(ValidationRule rule, string schemaName, string query, params ExpectedError[] expected) =>
        AssertErrors([rule], schemaName, query, expected);

    public static void AssertErrors(IReadOnlyList<ValidationRule> rules, string schemaName, string query, params ExpectedError[] expected)
    {
        var document = TestDocuments.Parse(query);
        var errors = DocumentValidator.Validate(Schema(schemaName), document, rules);
        var actual = errors
            .Select(e => Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column))))
            .ToList();
        Assert.Equal(expected.Select(e => Describe(e.Message, e.Locations)).ToList(), actual);
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));

    private static string Directory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
