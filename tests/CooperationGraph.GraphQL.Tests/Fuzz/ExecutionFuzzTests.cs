using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Tests.Language;
using CooperationGraph.GraphQL.Tests.Validation;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Validation;
using Xunit.Abstractions;

namespace CooperationGraph.GraphQL.Tests.Fuzz;

/// <summary>
/// Executes mutated documents with random variables against the validation harness schema and a small data tree:
/// through <see cref="GraphQLEngine"/> (parse, validate, limits, execute, as the HTTP host does) and, for every
/// document that parses, straight through <see cref="Executor"/> without validation. Bad input must come back as
/// errors in the response; no exception may escape, and every response must serialise.
/// </summary>
public sealed class ExecutionFuzzTests(ITestOutputHelper output)
{
    private static readonly int Documents = FuzzSettings.Documents;

    // Data for the harness schema; abstract types resolve by __typename, some values are of the wrong type.
    private const string RootJson = """
        {
          "dog": { "__typename": "Dog", "name": "Rex", "nickname": null, "barkVolume": 3, "barks": true, "doesKnowCommand": "yes",
                   "isHouseTrained": false, "isAtLocation": 1.5, "mother": { "__typename": "Dog", "name": "Ma" }, "father": null },
          "cat": { "__typename": "Cat", "name": "Tom", "meows": true, "meowsVolume": 2147483648, "furColor": "PURPLE" },
          "pet": { "__typename": "Cat", "name": "Kit" },
          "catOrDog": { "__typename": "Wolf", "name": "?" },
          "human": { "name": "Ann", "pets": [ { "__typename": "Dog", "name": "D" }, null, { "name": "untyped" } ], "relatives": null },
          "complicatedArgs": { "intArgField": 1, "complexArgField": { "a": 1 }, "oneOfArgField": [1, 2], "multipleReqs": "r" }
        }
        """;

    [Fact]
    public async Task Mutated_documents_with_random_variables_never_throw_from_execution()
    {
        var schema = ValidationHarness.Schema("harness-schema");
        object? root;
        using (var json = JsonDocument.Parse(RootJson))
        {
            root = JsonValues.ToPlain(json.RootElement);
        }

        var engine = new GraphQLEngine(schema, new GraphQLEngineOptions { RootValue = root, DocumentCacheSize = 64 });
        var random = new Random(20261122);
        var seeds = TestDocuments.CorpusNames().Select(TestDocuments.ReadCorpus).ToList();
        var mutator = new DocumentMutator(random, seeds);

        // A third of the documents are the valid seeds themselves, so that random variables meet a real operation.
        var validSeeds = seeds.Where(seed => IsValid(schema, seed)).ToList();
        Assert.NotEmpty(validSeeds);
        var variables = new RandomVariables(random);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Documents; i++)
        {
            var text = random.Next(3) == 0 ? validSeeds[random.Next(validSeeds.Count)] : mutator.Next();
            DocumentNode document;
            try
            {
                document = Parser.Parse(text, new ParseOptions { MaxTokens = 50_000 });
            }
            catch (GraphQLError)
            {
                continue;
            }

            var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
            var operation = operations.Count > 0 ? operations[random.Next(operations.Count)] : null;
            var request = new GraphQLRequest(
                text,
                variables.Next(operation?.VariableDefinitions.Select(v => v.Variable.Name.Value) ?? []),
                random.Next(4) == 0 ? null : operation?.Name?.Value);
            try
            {
                Count(outcomes, "engine", await RunAsync(engine, request, operation));
                if (operation is not null)
                {
                    Count(outcomes, "unvalidated", await ExecuteUnvalidatedAsync(schema, root, document, request));
                }
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException(
                    $"Executing {JsonSerializer.Serialize(text)} with {JsonSerializer.Serialize(request.Variables)} threw {exception}");
            }
        }

        output.WriteLine(Describe(outcomes));

        // The mutations must reach execution often, with and without errors, not only the parser.
        Assert.True(outcomes.GetValueOrDefault("engine data") > FuzzSettings.PerHundredThousand(1_000), Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault("engine errors") > FuzzSettings.PerHundredThousand(10_000), Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault("unvalidated data") > FuzzSettings.PerHundredThousand(10_000), Describe(outcomes));
    }

    private static bool IsValid(GraphQLSchema schema, string text)
    {
        try
        {
            return DocumentValidator.Validate(schema, Parser.Parse(text)).Count == 0;
        }
        catch (GraphQLError)
        {
            return false;
        }
    }

    private static async Task<ExecutionResult> RunAsync(GraphQLEngine engine, GraphQLRequest request, OperationDefinitionNode? operation)
    {
        if (operation?.Operation != OperationType.Subscription)
        {
            return await engine.ExecuteAsync(request);
        }

        ExecutionResult? last = null;
        await foreach (var response in engine.SubscribeAsync(request))
        {
            last = response;
        }

        return last ?? throw new Xunit.Sdk.XunitException("A subscription gave no response at all.");
    }

    private static Task<ExecutionResult> ExecuteUnvalidatedAsync(GraphQLSchema schema, object? root, DocumentNode document, GraphQLRequest request) =>
        Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = root,
        });

    private static void Count(Dictionary<string, int> outcomes, string side, ExecutionResult result)
    {
        // Every response must serialise: the HTTP host writes it after execution, outside any error handling.
        Assert.StartsWith("{", result.ToJson(), StringComparison.Ordinal);
        var outcome = side + (result.HasData ? " data" : " errors");
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
    }

    private static string Describe(Dictionary<string, int> outcomes) =>
        string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"));
}
