using System.Net.Http;
using System.Text.Json;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>The first entry of a <c>{"errors":[…]}</c> body, read without trusting the host's own writer.</summary>
public sealed record ErrorBody(string Message, string Code, string CorrelationId, JsonElement Extensions, string Raw)
{
    public static async Task<ErrorBody> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(raw);
        var errors = document.RootElement.GetProperty("errors");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        var error = Assert.Single(errors.EnumerateArray());
        var extensions = error.GetProperty("extensions").Clone();
        return new ErrorBody(
            error.GetProperty("message").GetString()!,
            extensions.GetProperty("code").GetString()!,
            extensions.GetProperty("correlationId").GetString()!,
            extensions,
            raw);
    }
}
