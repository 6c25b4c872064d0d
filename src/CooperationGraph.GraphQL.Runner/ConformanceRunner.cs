using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Runner;

/// <summary>
/// Answers GraphQL requests the way <c>graphql({ schema: buildSchema(sdl), rootValue: data, … })</c> does in
/// graphql-js: fields resolve by name on the JSON data, arguments are ignored, abstract types resolve by the data's
/// <c>__typename</c>. Every input line gets exactly one response line.
/// </summary>
internal sealed class ConformanceRunner
{
    // The oracle builds its schema with graphql-js 16.15's opt-in experimentalDirectivesOnDirectiveDefinitions, so a
    // schema may deprecate a directive; requests are parsed with the defaults on both sides.
    private static readonly ParseOptions SchemaParseOptions = new() { ExperimentalDirectivesOnDirectiveDefinitions = true };

    private readonly GraphQLEngine? _engine;
    private readonly IReadOnlyList<GraphQLError> _schemaErrors;

    private ConformanceRunner(GraphQLEngine? engine, IReadOnlyList<GraphQLError> schemaErrors)
    {
        _engine = engine;
        _schemaErrors = schemaErrors;
    }

    public static ConformanceRunner Create(string sdl, string rootJson)
    {
        GraphQLSchema schema;
        try
        {
            schema = BuildSchema.FromDocuments([Parser.Parse(sdl, SchemaParseOptions)]);
        }
        catch (Exception exception) when (exception is GraphQLError or InvalidOperationException or ArgumentException)
        {
            throw new RunnerSetupException("The schema cannot be built: " + exception.Message, exception);
        }

        object? root;
        try
        {
            using var json = JsonDocument.Parse(rootJson);
            root = JsonValues.ToPlain(json.RootElement);
        }
        catch (JsonException exception)
        {
            throw new RunnerSetupException("The root data is not JSON: " + exception.Message, exception);
        }

        // Like graphql(), an invalid schema answers every request with its schema errors.
        var schemaErrors = schema.Validate();
        var engine = schemaErrors.Count > 0
            ? null
            : new GraphQLEngine(schema, new GraphQLEngineOptions { Limits = QueryLimits.None, RootValue = root, DocumentCacheSize = 0 });
        return new ConformanceRunner(engine, schemaErrors);
    }

    public async Task RunAsync(TextReader input, TextWriter output)
    {
        while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var response = await AnswerAsync(line).ConfigureAwait(false);
            await output.WriteLineAsync(response.ToJson()).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
        }
    }

    public async Task<ExecutionResult> AnswerAsync(string line)
    {
        if (!RequestLine.TryParse(line, out var request, out var problem))
        {
            return ExecutionResult.FromErrors([new GraphQLError(problem)]);
        }

        if (_engine is null)
        {
            return ExecutionResult.FromErrors(_schemaErrors);
        }

        try
        {
            return await _engine.ExecuteAsync(request).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A crash would desynchronise the line protocol: report it as the response instead.
            return ExecutionResult.FromErrors([new GraphQLError("Internal error: " + exception.Message, originalError: exception)]);
        }
    }
}
