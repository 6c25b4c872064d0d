using System.Text.Encodings.Web;
using System.Text.Json;
using CooperationGraph.Api.Http;
using CooperationGraph.Api.Telemetry;

namespace CooperationGraph.Api.Errors;

/// <summary>
/// Writes the one error body the host uses for failures outside GraphQL execution, shaped like a GraphQL
/// response so a client reads every failure the same way:
/// <c>{"errors":[{"message":…,"extensions":{"code":…,"correlationId":…}}]}</c>.
/// </summary>
internal static class ErrorResponseWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the error body; <paramref name="detail"/> (Development only) adds the exception's type, message and stack.
    /// <paramref name="contentType"/> is <c>application/json</c> unless the caller negotiated another JSON type.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, Exception? detail = null, string contentType = ContentType)
    {
        ApiTelemetry.RecordError(code);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        // Set again: the exception handler and the request timeout clear the response, headers included, first.
        response.Headers[CorrelationId.HeaderName] = CorrelationId.Of(context);
        await using var json = new Utf8JsonWriter(response.Body, s_writerOptions);
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", message);
        json.WriteStartObject("extensions");
        json.WriteString("code", code);
        json.WriteString("correlationId", CorrelationId.Of(context));
        if (detail is not null)
        {
            json.WriteStartObject("exception");
            json.WriteString("type", detail.GetType().FullName);
            json.WriteString("message", detail.Message);
            json.WriteString("stackTrace", detail.StackTrace);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        // Not RequestAborted: after a request timeout that token is already cancelled, and the body is small.
        await json.FlushAsync(CancellationToken.None);
    }
}
