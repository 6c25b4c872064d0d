using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>Builds GraphQL-over-HTTP requests and reads their JSON answers, without the host's own code.</summary>
public static class GraphQLHttp
{
    public const string ResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null, object? variables = null, string? operationName = null) =>
        Post(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return request;
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
