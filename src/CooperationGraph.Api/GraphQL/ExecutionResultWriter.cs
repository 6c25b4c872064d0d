using System.Text.Encodings.Web;
using System.Text.Json;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL;

/// <summary>Writes a GraphQL response as one JSON document, with the status code its media type calls for.</summary>
internal static class ExecutionResultWriter
{
    // Responses carry Chinese text: escaping every non-ASCII character would triple their size.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// With <c>application/graphql-response+json</c> a response without <c>data</c> (the request failed to parse,
    /// validate, coerce its variables or pass the limits) is 400; anything that executed is 200, even with
    /// <c>data: null</c>. With <c>application/json</c> every GraphQL response is 200.
    /// </summary>
    public static int StatusFor(ExecutionResult result, ResponseFormat format) =>
        format == ResponseFormat.GraphQLResponseJson && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;

    public static string ContentTypeFor(ResponseFormat format) => format == ResponseFormat.GraphQLResponseJson
        ? GraphQLMediaTypes.GraphQLResponseJson + "; charset=utf-8"
        : GraphQLMediaTypes.Json + "; charset=utf-8";

    public static async Task WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format)
    {
        var response = context.Response;
        response.StatusCode = StatusFor(result, format);
        response.ContentType = ContentTypeFor(format);
        // Written straight into the response pipe: no intermediate string or byte array of the whole result.
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
