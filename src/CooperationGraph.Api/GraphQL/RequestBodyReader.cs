using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Reads a POST body: <c>application/json</c> in UTF-8, one JSON object; anything else is refused.</summary>
internal static class RequestBodyReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    public static async Task<ParameterReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJsonInUtf8(request.ContentType))
        {
            return TransportError.UnsupportedMediaType(
                $"Send the request body as {GraphQLMediaTypes.Json} (UTF-8); got {(string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : "'" + request.ContentType + "'")}.");
        }
        if (request.ContentLength == 0)
        {
            return TransportError.BadRequest("The request body is empty: send a JSON object with a 'query' string.");
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, s_documentOptions, cancellationToken);
            return RequestParameterReader.FromJsonBody(document.RootElement);
        }
        catch (JsonException invalid)
        {
            return TransportError.BadRequest("The request body is not valid JSON: " + invalid.Message);
        }
        catch (IOException unreadable) when (unreadable is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // Kestrel reports some malformed framing (a chunk size that overflows) as a plain IOException.
            return TransportError.BadRequest("The request body could not be read: " + unreadable.Message);
        }
    }

    private static bool IsJsonInUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!media.Charset.HasValue || media.Charset.Equals(GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase));
}
