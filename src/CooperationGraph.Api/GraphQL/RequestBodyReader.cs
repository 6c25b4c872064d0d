using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Reads a POST body: <c>application/json</c> in UTF-8, one JSON object; anything else is refused.</summary>
internal static class RequestBodyReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };
    private static readonly TextMemo<bool> s_jsonInUtf8 = TextMemo.ForHeaderValues(IsJsonInUtf8);

    public static ValueTask<ParameterReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } contentType || !s_jsonInUtf8.Of(contentType))
        {
            return ValueTask.FromResult<ParameterReadResult>(TransportError.UnsupportedMediaType(
                $"Send the request body as {GraphQLMediaTypes.Json} (UTF-8); got {(string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : "'" + request.ContentType + "'")}."));
        }
        if (request.ContentLength == 0)
        {
            return ValueTask.FromResult<ParameterReadResult>(TransportError.BadRequest("The request body is empty: send a JSON object with a 'query' string."));
        }

        return ReadBodyAsync(request, cancellationToken);
    }

    private static async ValueTask<ParameterReadResult> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            // A small body usually arrives whole with its headers: parsed where the server holds it, without a copy
            // or a stream. One still arriving is read as a stream, which bounds what is buffered.
            var reader = request.BodyReader;
            var read = await reader.ReadAsync(cancellationToken);
            if (read.IsCompleted)
            {
                try
                {
                    using var whole = JsonDocument.Parse(read.Buffer, s_documentOptions);
                    return RequestParameterReader.FromJsonBody(whole.RootElement);
                }
                finally
                {
                    reader.AdvanceTo(read.Buffer.End);
                }
            }

            // Through the same reader: what it holds already is not in the request's stream any more (a server other
            // than Kestrel may read the stream into the reader ahead).
            reader.AdvanceTo(read.Buffer.Start);
            using var document = await JsonDocument.ParseAsync(reader.AsStream(leaveOpen: true), s_documentOptions, cancellationToken);
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

    private static bool IsJsonInUtf8(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!media.Charset.HasValue || HeaderUtilities.RemoveQuotes(media.Charset).Equals(GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase));
}
