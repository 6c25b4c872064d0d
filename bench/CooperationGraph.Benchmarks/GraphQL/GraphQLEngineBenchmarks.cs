using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.Benchmarks.GraphQL;

/// <summary>
/// The engine on the representative query of <c>bench/graphql</c> (nested lists, fragments on interfaces and a
/// union, variables, <c>@include</c>), phase by phase and end to end; <c>bench/graphql/run.mjs</c> times the same
/// phases in graphql-js and <c>bench/graphql/run.sh</c> runs both and prints the ratios. Like graphql-js's
/// <c>execute</c>, execution uses the default property resolvers and does not serialise; <see cref="EndToEndJson"/>
/// adds writing the response as UTF-8 JSON, as the HTTP host does, and <see cref="EndToEndJsonString"/> makes a string.
/// </summary>
[Config(typeof(GraphQLBenchmarkConfig))]
[MemoryDiagnoser]
public class GraphQLEngineBenchmarks
{
    private GraphQLBenchmarkInputs _inputs = null!;
    private GraphQLSchema _schema = null!;
    private DocumentNode _document = null!;
    private ExecutionResult _executed = null!;
    private readonly ArrayBufferWriter<byte> _responseBuffer = new(128 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GraphQLBenchmarkInputs.Load();
        _schema = BuildSchema.FromSdl(_inputs.Sdl);
        _document = Parser.Parse(_inputs.Query);
        if (DocumentValidator.Validate(_schema, _document) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("The benchmark query is invalid: " + problems[0].Message);
        }

        // A benchmark of a failing query would measure error handling, not execution.
        var result = ExecuteAsync(_document).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The benchmark query fails: " + errors[0].Message);
        }

        _executed = result;
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_inputs.Query);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    [Benchmark]
    public Task<ExecutionResult> Execute() => ExecuteAsync(_document);

    [Benchmark]
    public async Task<ExecutionResult> EndToEnd()
    {
        var document = Parser.Parse(_inputs.Query);
        return DocumentValidator.Validate(_schema, document).Count > 0
            ? throw new InvalidOperationException("invalid")
            : await ExecuteAsync(document).ConfigureAwait(false);
    }

    /// <summary>Parse, validate, execute and write the UTF-8 response into a reused buffer, as the HTTP host writes it into the response pipe.</summary>
    [Benchmark]
    public async Task<int> EndToEndJson()
    {
        var result = await EndToEnd().ConfigureAwait(false);
        _responseBuffer.ResetWrittenCount();
        result.WriteTo(_responseBuffer);
        return _responseBuffer.WrittenCount;
    }

    /// <summary>As <see cref="EndToEndJson"/>, but producing a string with <see cref="ExecutionResult.ToJson"/>, like <c>JSON.stringify</c>.</summary>
    [Benchmark]
    public async Task<string> EndToEndJsonString() => (await EndToEnd().ConfigureAwait(false)).ToJson();

    /// <summary>Only the response writing: the executed result into a reused buffer.</summary>
    [Benchmark]
    public int ResponseJson()
    {
        _responseBuffer.ResetWrittenCount();
        _executed.WriteTo(_responseBuffer);
        return _responseBuffer.WrittenCount;
    }

    private Task<ExecutionResult> ExecuteAsync(DocumentNode document) => Executor.ExecuteAsync(new ExecutionArgs
    {
        Schema = _schema,
        Document = document,
        RootValue = _inputs.Root,
        VariableValues = _inputs.Variables,
    });

    private sealed class GraphQLBenchmarkConfig : ManualConfig
    {
        public GraphQLBenchmarkConfig()
        {
            // In process and brief, but with enough iterations that the median survives a busy shared machine;
            // report.mjs compares medians for the same reason.
            AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(12)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
