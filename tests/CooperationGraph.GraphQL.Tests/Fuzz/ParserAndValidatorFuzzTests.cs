using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Tests.Language;
using CooperationGraph.GraphQL.Tests.Validation;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Fuzz;

/// <summary>
/// Feeds random and mutated documents to the parser, the printer and the validator: malformed input must give a
/// <see cref="GraphQLError"/>, never another exception or a crash, and whatever parses must round-trip.
/// </summary>
public sealed class ParserAndValidatorFuzzTests
{
    private static readonly int Documents = FuzzSettings.Documents;

    [Fact]
    public void MutatedDocuments_OnlyEverRaiseGraphQLErrors()
    {
        var seeds = TestDocuments.CorpusNames().Select(TestDocuments.ReadCorpus).ToList();
        var schema = ValidationHarness.Schema("harness-schema");
        var mutator = new DocumentMutator(new Random(20260522), seeds);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Documents; i++)
        {
            var text = mutator.Next();
            var outcome = Exercise(text, schema);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // The mutations must reach every path: rejected by the parser, accepted but invalid, and fully valid.
        Assert.Equal(Documents, outcomes.Values.Sum());
        Assert.True(outcomes.GetValueOrDefault("syntax error") > Documents / 10, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault("invalid") > FuzzSettings.PerHundredThousand(1_000), Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault("valid") > FuzzSettings.PerHundredThousand(100), Describe(outcomes));
    }

    private static string Exercise(string text, GraphQLSchema schema)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, new ParseOptions { MaxTokens = 50_000 });
        }
        catch (GraphQLError error)
        {
            Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
            Assert.NotNull(error.Locations);
            return "syntax error";
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"Parsing {Quote(text)} threw {exception}");
        }

        try
        {
            TestDocuments.AssertRoundTrips(document);
            var errors = DocumentValidator.Validate(schema, document);
            return errors.Count == 0 ? "valid" : "invalid";
        }
        catch (GraphQLError)
        {
            return "graphql error";
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"Printing or validating {Quote(text)} threw {exception}");
        }
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text.Length > 2_000 ? text[..2_000] + "…" : text);

    private static string Describe(Dictionary<string, int> outcomes) =>
        string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"));
}
