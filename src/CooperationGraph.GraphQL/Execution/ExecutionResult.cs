using System.Buffers;
using System.Text;
using System.Text.Json;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// A GraphQL response: <c>errors</c>, <c>data</c> and <c>extensions</c>. <c>data</c> is absent when the request
/// failed before execution began and null when execution began but a non-null root field failed.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError>? errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>Whether the response has a <c>data</c> entry (possibly null).</summary>
    public bool HasData { get; }

    /// <summary>The data, or null.</summary>
    public ResultMap? Data { get; }

    /// <summary>The errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Implementation-specific response data, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The operation's requested and actual cost, when the engine reports cost (<see cref="GraphQLEngineOptions.ReportCost"/>).</summary>
    public OperationCost? Cost { get; private init; }

    /// <summary>A response for a request that failed before execution: errors only, no <c>data</c> entry.</summary>
    /// <param name="errors">The request errors.</param>
    /// <returns>The response.</returns>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    /// <summary>A response for an executed operation.</summary>
    /// <param name="data">The data, or null when a non-null root field failed.</param>
    /// <param name="errors">The field errors, or null.</param>
    /// <returns>The response.</returns>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null) => new(true, data, errors);

    /// <summary>A copy of this response with the given extensions.</summary>
    /// <param name="extensions">Implementation-specific response data, e.g. tracing or cost.</param>
    /// <returns>The extended response.</returns>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?> extensions) =>
        new(HasData, Data, Errors) { Extensions = extensions, Cost = Cost };

    internal ExecutionResult WithCost(OperationCost cost) => new(HasData, Data, Errors) { Extensions = Extensions, Cost = cost };

    /// <summary>Writes the response as JSON: errors first, then data, then extensions.</summary>
    /// <param name="writer">The destination.</param>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    /// <summary>Writes the response as compact UTF-8 JSON into a buffer, e.g. an HTTP response's <c>BodyWriter</c>.</summary>
    /// <param name="destination">The buffer to write to; the caller flushes it.</param>
    public void WriteTo(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new Utf8JsonWriter(destination, ResultJsonWriter.WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the response as compact UTF-8 JSON to a stream, through a pooled buffer.</summary>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the whole response was written to the stream.</returns>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as a compact JSON string.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
