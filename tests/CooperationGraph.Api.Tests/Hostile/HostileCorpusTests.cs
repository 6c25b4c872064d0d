using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Hostile;

/// <summary>The built service on Kestrel at 127.0.0.1, in Production, shared by the corpus: what an attacker meets.</summary>
public sealed class HostileHost : IAsyncLifetime
{
    private readonly string _folder = TemporaryFolders.Create("cg-hostile");

    public ServiceProcess Service { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_folder, "graph.db");
        await SeededDatabaseTemplate.CopyToAsync(database);
        Service = ServiceProcess.Start(new Dictionary<string, string>
        {
            ["Storage:DatabasePath"] = database,
            // The corpus sends ~600 requests in a minute from one address: the limiter is tested on its own.
            ["RateLimiting:PermitPerWindow"] = "100000",
        });
        await Service.WaitUntilListeningAsync();
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Service.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Service.DisposeAsync();
        TemporaryFolders.TryDelete(_folder);
    }
}

/// <summary>
/// Every request of the hostile corpus against a real Kestrel: never a 5xx; every refusal a JSON error body with a
/// code (except the few Kestrel answers itself before any middleware, each saying why); the service alive after each.
/// </summary>
public sealed class HostileCorpusTests(HostileHost host) : IClassFixture<HostileHost>
{
    private static readonly IReadOnlyList<HostileCase> s_corpus = HostileCase.Load();

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var item in s_corpus)
        {
            names.Add(item.Name);
        }

        return names;
    }

    [Fact]
    public void The_corpus_holds_at_least_200_distinct_cases()
    {
        Assert.True(s_corpus.Count >= 200, $"{s_corpus.Count} cases");
        Assert.Equal(s_corpus.Count, s_corpus.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_hostile_request_is_refused_cleanly_and_the_service_stays_up(string name)
    {
        var item = s_corpus.Single(c => c.Name == name);

        var (status, contentType, body) = await SendAsync(item);

        Assert.True(status is > 0 and < 500, $"HTTP {status}: {Shorten(body)}");
        if (item.Bare is not null)
        {
            // Kestrel's own refusal: a 4xx with no body, as the README says of requests it cannot parse.
            Assert.InRange(status, 400, 499);
        }
        else if (status >= 400 && item.Method != "HEAD")
        {
            var code = ErrorCodes(body, contentType).FirstOrDefault();
            Assert.True(!string.IsNullOrEmpty(code), $"HTTP {status} without an error code: {contentType} {Shorten(body)}");
        }
        else if (status == 200 && contentType?.Contains("json", StringComparison.Ordinal) == true && IsRequestError(body))
        {
            Assert.All(ErrorCodes(body, contentType), code => Assert.False(string.IsNullOrEmpty(code), Shorten(body)));
        }

        await AssertAliveAsync();
    }

    private async Task<(int Status, string? ContentType, string Body)> SendAsync(HostileCase item)
    {
        if (item.Raw is { } raw)
        {
            var response = await RawHttp.SendAsync(host.Service.Port, raw);
            Assert.True(response is not null, "the server closed the connection without an HTTP response");
            var contentType = response.Headers.Split("\r\n")
                .FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?["Content-Type:".Length..].Trim();
            return (response.Status, contentType, response.Body);
        }

        using var request = new HttpRequestMessage(new HttpMethod(item.Method), new Uri(item.Path, UriKind.Relative));
        if (item.Body is { } bytes)
        {
            request.Content = new ByteArrayContent(bytes);
        }

        foreach (var (header, value) in item.Headers)
        {
            if (header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(header, value);
            }
            else
            {
                Assert.True(request.Headers.TryAddWithoutValidation(header, value), $"the client refused header {header}");
            }
        }

        using var answer = await host.Client.SendAsync(request);
        return ((int)answer.StatusCode, answer.Content.Headers.ContentType?.MediaType, await answer.Content.ReadAsStringAsync());
    }

    private async Task AssertAliveAsync()
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("\"Query\"", StringComparison.Ordinal), $"not alive after the case: {body}");
    }

    private static List<string?> ErrorCodes(string body, string? contentType)
    {
        Assert.True(contentType?.Contains("json", StringComparison.Ordinal) == true, $"not JSON but {contentType}: {Shorten(body)}");
        using var document = JsonDocument.Parse(body);
        var errors = document.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0, body);
        return [.. errors.EnumerateArray().Select(error =>
            error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null)];
    }

    private static bool IsRequestError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.TryGetProperty("data", out _)
                && document.RootElement.TryGetProperty("errors", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
