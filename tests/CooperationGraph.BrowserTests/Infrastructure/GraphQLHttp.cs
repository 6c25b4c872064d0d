using System.Net.Http.Json;
using System.Text.Json;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>The service asked directly over HTTP, without the browser: what the page should end up showing.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonDocument> PostAsync(Uri endpoint, string query, string? operationName = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.PostAsJsonAsync(endpoint, new { query, operationName });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
