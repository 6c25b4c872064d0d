using System.Text.Json;

namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// Reads a client's text message as the protocol defines it; anything else is an invalid message, described in
/// words the client sees as the reason of the 4400 close.
/// </summary>
internal static class ClientMessageReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    /// <summary>The message, or null with the reason it is invalid.</summary>
    public static ClientMessage? Read(ReadOnlyMemory<byte> utf8, out string? invalid)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, s_documentOptions);
            return Read(document.RootElement, out invalid);
        }
        catch (JsonException exception)
        {
            invalid = "The message is not valid JSON: " + exception.Message;
            return null;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json checks a string's UTF-8 only when it is read.
            invalid = "The message holds a string that is not valid Unicode.";
            return null;
        }
    }

    private static ClientMessage? Read(JsonElement message, out string? invalid)
    {
        invalid = null;
        if (message.ValueKind != JsonValueKind.Object)
        {
            invalid = "A message must be a JSON object with a 'type'.";
            return null;
        }
        if (!message.TryGetProperty("type"u8, out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            invalid = "A message must have a string 'type'.";
            return null;
        }
        var type = typeElement.GetString()!;
        switch (type)
        {
            case TransportWsProtocol.ConnectionInit:
            case TransportWsProtocol.Ping:
            case TransportWsProtocol.Pong:
                if (message.TryGetProperty("payload"u8, out var payload) && payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    invalid = $"The payload of '{type}' must be an object.";
                    return null;
                }
                return new ClientMessage(type, PingPayload: type == TransportWsProtocol.Ping && payload.ValueKind == JsonValueKind.Object ? payload.GetRawText() : null);
            case TransportWsProtocol.Subscribe:
                return ReadSubscribe(message, out invalid);
            case TransportWsProtocol.Complete:
                return ReadId(message, type, out invalid) is { } id ? new ClientMessage(type, id) : null;
            default:
                invalid = $"Unknown message type '{type}'.";
                return null;
        }
    }

    private static ClientMessage? ReadSubscribe(JsonElement message, out string? invalid)
    {
        if (ReadId(message, TransportWsProtocol.Subscribe, out invalid) is not { } id)
        {
            return null;
        }
        if (!message.TryGetProperty("payload"u8, out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            invalid = "A 'subscribe' message must have an object 'payload' with a 'query'.";
            return null;
        }
        var read = RequestParameterReader.FromJsonBody(payload);
        if (read.Parameters is not { } request)
        {
            invalid = "Invalid 'subscribe' payload: " + read.Error!.Message;
            return null;
        }
        return new ClientMessage(TransportWsProtocol.Subscribe, id, request);
    }

    private static string? ReadId(JsonElement message, string type, out string? invalid)
    {
        invalid = null;
        if (message.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value)
        {
            return value;
        }
        invalid = $"A '{type}' message must have a non-empty string 'id'.";
        return null;
    }
}
