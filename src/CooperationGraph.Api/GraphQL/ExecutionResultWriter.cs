using System.Buffers;
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
        result.WriteTo(response.BodyWriter);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes a response serialized before (<see cref="ToUtf8"/>) of a result that executed without errors.</summary>
    public static async Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> body, ResponseFormat format)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeFor(format);
        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The response as the bytes <see cref="WriteAsync(HttpContext, ExecutionResult, ResponseFormat)"/> writes.</summary>
    public static byte[] ToUtf8(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        result.WriteTo(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
