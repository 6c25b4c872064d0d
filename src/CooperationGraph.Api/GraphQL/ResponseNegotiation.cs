using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Chooses the response format from the request's <c>Accept</c> header.</summary>
internal static class ResponseNegotiation
{
    private static readonly TextMemo<ResponseFormat> s_formats = TextMemo.ForHeaderValues(static value => Parse(value));

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
        return acceptHeader.Count == 1 ? s_formats.Of(acceptHeader[0]!) : Parse(acceptHeader);
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
