using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Chooses the response format from the request's <c>Accept</c> header.</summary>
internal static class ResponseNegotiation
{
    private static readonly TextMemo<ResponseFormat> s_formats = TextMemo.ForHeaderValues(static value => Parse(value));

    // The formats a wildcard may stand for, in the order that breaks a tie between them: a client that does not name
    // the new type may not understand it. The event stream changes the protocol, so it must be named.
    private static readonly ResponseFormat[] s_candidates = [ResponseFormat.Json, ResponseFormat.GraphQLResponseJson, ResponseFormat.EventStream];

    /// <summary>
    /// The acceptable format with the highest quality, the one named earlier on a tie. Each format takes the quality
    /// of the most specific entry that matches it (RFC 9110, section 12.5.1), so <c>*/*, application/json;q=0</c>
    /// refuses JSON but still accepts <c>application/graphql-response+json</c>. No <c>Accept</c> header means
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
        // Per format: the quality, specificity and position of the most specific entry that matches it.
        Span<Match> matches = stackalloc Match[s_candidates.Length];
        matches.Fill(Match.None);
        for (var position = 0; position < accepted.Count; position++)
        {
            var media = accepted[position];
            for (var format = 0; format < s_candidates.Length; format++)
            {
                var specificity = Specificity(media, s_candidates[format]);
                if (specificity > matches[format].Specificity)
                {
                    matches[format] = new Match(media.Quality ?? 1.0, specificity, position);
                }
            }
        }
        var best = ResponseFormat.NotAcceptable;
        var chosen = Match.None;
        for (var format = 0; format < s_candidates.Length; format++)
        {
            var match = matches[format];
            if (match.Quality > chosen.Quality || (match.Quality == chosen.Quality && match.Quality > 0 && match.Position < chosen.Position))
            {
                best = s_candidates[format];
                chosen = match;
            }
        }
        return chosen.Quality > 0 ? best : ResponseFormat.NotAcceptable;
    }

    // 3 for the exact type, 2 for "application/*", 1 for "*/*", 0 when the entry does not match the format.
    private static int Specificity(MediaTypeHeaderValue media, ResponseFormat format)
    {
        // Every response is UTF-8: an entry that insists on another charset matches nothing the endpoint produces.
        if (media.Charset.HasValue && !HeaderUtilities.RemoveQuotes(media.Charset).Equals(GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        var type = media.MediaType;
        if (type.Equals(NameOf(format), StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }
        if (format == ResponseFormat.EventStream)
        {
            return 0;
        }
        return type.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 2
            : type.Equals("*/*", StringComparison.OrdinalIgnoreCase) ? 1
            : 0;
    }

    private static string NameOf(ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => GraphQLMediaTypes.GraphQLResponseJson,
        ResponseFormat.Json => GraphQLMediaTypes.Json,
        _ => GraphQLMediaTypes.EventStream,
    };

    private readonly record struct Match(double Quality, int Specificity, int Position)
    {
        public static Match None => new(0, 0, int.MaxValue);
    }
}
