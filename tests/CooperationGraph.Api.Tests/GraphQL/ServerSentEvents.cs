using System.IO;
using System.Text;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>One server-sent event, or a comment line, as a client's parser sees it.</summary>
public sealed record ServerSentEvent(string? Event, string? Data, bool IsComment);

/// <summary>A minimal event-stream parser (WHATWG rules for the fields the protocol uses), written for the tests.</summary>
public static class ServerSentEvents
{
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? eventName = null;
        StringBuilder? data = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (eventName is not null || data is not null)
                {
                    yield return new ServerSentEvent(eventName, data?.ToString(), IsComment: false);
                }
                eventName = null;
                data = null;
                continue;
            }
            if (line[0] == ':')
            {
                yield return new ServerSentEvent(null, line[1..], IsComment: true);
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }
            if (field == "event")
            {
                eventName = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }
    }
}
