using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Chooses the response format from the request's <c>Accept</c> header.</summary>
internal static class ResponseNegotiation
{
    // Clients send the same few Accept headers again and again: each is parsed once. Bounded, as the values are the
    // clients' to choose; emptied when full and refilled by the working set.
    private const int MaxRemembered = 64;
    private const int LongestRemembered = 256;
    private static readonly ConcurrentDictionary<string, ResponseFormat> s_selected = new(StringComparer.Ordinal);

    /// <summary>
    /// The acceptable format with the highest quality, the earlier one on a tie. No <c>Accept</c> header means
    /// <c>application/json</c>, as the GraphQL-over-HTTP specification asks for legacy clients; wildcards also
    /// get <c>application/json</c>, since a client that does not name the new type may not understand it.
    /// </summary>
    public static ResponseFormat Select(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader))
        {
            return ResponseFormat.Json;
        }
        if (acceptHeader.Count != 1 || acceptHeader[0]!.Length > LongestRemembered)
        {
            return Parse(acceptHeader);
        }
        var text = acceptHeader[0]!;
        if (s_selected.TryGetValue(text, out var known))
        {
            return known;
        }
        var format = Parse(acceptHeader);
        if (s_selected.Count >= MaxRemembered)
        {
            s_selected.Clear();
        }
        s_selected[text] = format;
        return format;
    }

    private static ResponseFormat Parse(StringValues acceptHeader)
    {
        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var accepted) || accepted.Count == 0)
        {
            return ResponseFormat.NotAcceptable;
        }
        var best = ResponseFormat.NotAcceptable;
        var bestQuality = 0.0;
        foreach (var media in accepted)
        {
            var quality = media.Quality ?? 1.0;
            var format = FormatOf(media);
            if (format != ResponseFormat.NotAcceptable && quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static ResponseFormat FormatOf(MediaTypeHeaderValue media)
    {
        // Every response is UTF-8: an entry that insists on another charset cannot be served.
        if (media.Charset.HasValue && !media.Charset.Equals(GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.NotAcceptable;
        }
        var type = media.MediaType;
        if (type.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.GraphQLResponseJson;
        }
        if (type.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Json;
        }
        if (type.Equals(GraphQLMediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.EventStream;
        }
        return ResponseFormat.NotAcceptable;
    }
}
