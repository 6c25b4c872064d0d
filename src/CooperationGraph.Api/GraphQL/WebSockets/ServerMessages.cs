using System.Buffers;
using System.Text.Json;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>The server's messages, as the UTF-8 JSON text frames the socket sends.</summary>
internal static class ServerMessages
{
    public static ReadOnlyMemory<byte> ConnectionAck { get; } = "{\"type\":\"connection_ack\"}"u8.ToArray();

    private static readonly byte[] s_pong = "{\"type\":\"pong\"}"u8.ToArray();

    /// <summary>The answer to a ping, carrying the ping's payload back when it had one.</summary>
    public static ReadOnlyMemory<byte> Pong(string? payload) =>
        payload is null ? s_pong : Write(null, TransportWsProtocol.Pong, json => json.WriteRawValue(payload, skipInputValidation: true));

    /// <summary>A <c>next</c> message around a response already serialized (<see cref="ExecutionResult.WriteTo(IBufferWriter{byte})"/>).</summary>
    public static ReadOnlyMemory<byte> Next(string id, ReadOnlySpan<byte> result)
    {
        var buffer = new ArrayBufferWriter<byte>(result.Length + 64);
        using (var json = new Utf8JsonWriter(buffer, ExecutionResultWriter.WriterOptions))
        {
            Start(json, id, TransportWsProtocol.Next);
            json.WritePropertyName("payload"u8);
            json.WriteRawValue(result, skipInputValidation: true);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    /// <summary>A <c>next</c> message carrying <paramref name="result"/>.</summary>
    public static ReadOnlyMemory<byte> Next(string id, ExecutionResult result) => Next(id, ExecutionResultWriter.ToUtf8(result));

    /// <summary>An <c>error</c> message: the operation ends with these errors, before or instead of a result.</summary>
    public static ReadOnlyMemory<byte> Error(string id, IReadOnlyList<GraphQLError> errors)
    {
        using var response = JsonDocument.Parse(ExecutionResultWriter.ToUtf8(ExecutionResult.FromErrors(errors)));
        return Error(id, response.RootElement.GetProperty("errors"u8));
    }

    /// <summary>An <c>error</c> message carrying a JSON array of errors as it is.</summary>
    public static ReadOnlyMemory<byte> Error(string id, JsonElement errors) =>
        Write(id, TransportWsProtocol.Error, errors.WriteTo);

    public static ReadOnlyMemory<byte> Complete(string id)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var json = new Utf8JsonWriter(buffer, ExecutionResultWriter.WriterOptions))
        {
            Start(json, id, TransportWsProtocol.Complete);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    private static ReadOnlyMemory<byte> Write(string? id, string type, Action<Utf8JsonWriter> payload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, ExecutionResultWriter.WriterOptions))
        {
            Start(json, id, type);
            json.WritePropertyName("payload"u8);
            payload(json);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    private static void Start(Utf8JsonWriter json, string? id, string type)
    {
        json.WriteStartObject();
        if (id is not null)
        {
            json.WriteString("id"u8, id);
        }
        json.WriteString("type"u8, type);
    }
}
