using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Errors;

public sealed class ErrorMaskingTests
{
    private const string SecretDetail = "password=hunter2 in the connection string";

    private static TestRoutes ThrowingRoute() =>
        new TestRoutes().Map("/test/throw", _ => throw new InvalidOperationException(SecretDetail));

    [Fact]
    public async Task Outside_development_an_exception_becomes_a_masked_json_error()
    {
        await using var factory = new ApiHostFactory().InEnvironment("Production").WithTestRoutes(ThrowingRoute());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/throw");
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Internal server error", error.Message);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Code);
        Assert.DoesNotContain(SecretDetail, error.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", error.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Raw, StringComparison.Ordinal);
        Assert.False(error.Extensions.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task The_correlation_id_in_the_error_matches_the_response_header_and_the_one_sent()
    {
        await using var factory = new ApiHostFactory().WithTestRoutes(ThrowingRoute());
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/throw");
        request.Headers.Add("X-Correlation-Id", "incident-42");

        using var response = await client.SendAsync(request);
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal("incident-42", error.CorrelationId);
        Assert.Equal("incident-42", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task The_masked_exception_is_still_logged_with_its_detail()
    {
        await using var factory = new ApiHostFactory().WithTestRoutes(ThrowingRoute());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/throw");

        var logged = await factory.Logs.WaitForAsync(e => e.Exception is InvalidOperationException);
        Assert.Equal(SecretDetail, logged.Exception!.Message);
        Assert.Equal(Serilog.Events.LogEventLevel.Error, logged.Level);
    }

    [Fact]
    public async Task In_development_the_error_carries_the_exception_detail()
    {
        await using var factory = new ApiHostFactory().InEnvironment("Development").WithTestRoutes(ThrowingRoute());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/throw");
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Code);
        var exception = error.Extensions.GetProperty("exception");
        Assert.Equal(typeof(InvalidOperationException).FullName, exception.GetProperty("type").GetString());
        Assert.Equal(SecretDetail, exception.GetProperty("message").GetString());
        Assert.Contains("ErrorMaskingTests", exception.GetProperty("stackTrace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_gets_a_json_not_found_rather_than_an_empty_page()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/no/such/thing");
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task A_client_fault_reported_by_the_server_keeps_its_status()
    {
        var routes = new TestRoutes().Map("/test/too-large", _ => throw new Microsoft.AspNetCore.Http.BadHttpRequestException("too large", 413));
        await using var factory = new ApiHostFactory().WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/test/too-large", new StringContent("{}"));
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", error.Code);
    }
}
