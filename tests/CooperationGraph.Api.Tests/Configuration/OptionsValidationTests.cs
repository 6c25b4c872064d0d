using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Configuration;

public sealed class OptionsValidationTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Storage:Provider", "mongodb", "Storage:Provider must be 'embedded' or 'neo4j' (got 'mongodb')" },
        { "Storage:DatabasePath", "", "Storage:DatabasePath is required when Storage:Provider is 'embedded'" },
        { "Cors:AllowedOrigins:0", "https://dashboard.example.org/path", "Cors:AllowedOrigins:0 must be an origin" },
        { "Cors:AllowedOrigins:0", "*", "Cors:AllowedOrigins:0 must be an origin" },
        { "RateLimiting:PermitPerWindow", "0", "RateLimiting:PermitPerWindow must be at least 1 (got 0)" },
        { "RateLimiting:Window", "-00:00:01", "RateLimiting:Window must be a positive time span" },
        { "Limits:MaxBodyBytes", "-5", "Limits:MaxBodyBytes must be between 1 and" },
        { "Limits:RequestTimeout", "00:00:00", "Limits:RequestTimeout must be a positive time span" },
        { "Shutdown:Timeout", "01:00:00", "Shutdown:Timeout must be between zero and five minutes" },
        { "Logging:Format", "xml", "Logging:Format must be 'text' or 'json' (got 'xml')" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_host_at_start_with_a_message_naming_it(string key, string value, string expected)
    {
        await using var factory = new ApiHostFactory().With(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindValidationFailure(failure);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_provider_needs_a_bolt_address()
    {
        await using var factory = new ApiHostFactory()
            .With("Storage:Provider", "neo4j")
            .With("Storage:Neo4jUri", "http://localhost:7474");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:Neo4jUri must be an absolute bolt:// or neo4j:// address", FindValidationFailure(failure).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_failure_of_a_section_is_reported_together()
    {
        await using var factory = new ApiHostFactory()
            .With("RateLimiting:PermitPerWindow", "0")
            .With("RateLimiting:Window", "00:00:00");

        var failure = FindValidationFailure(Assert.ThrowsAny<Exception>(() => factory.CreateClient()));

        Assert.Contains("RateLimiting:PermitPerWindow", failure.Message, StringComparison.Ordinal);
        Assert.Contains("RateLimiting:Window", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_neo4j_settings_start_the_host()
    {
        await using var factory = new ApiHostFactory()
            .With("Storage:Provider", "neo4j")
            .With("Storage:Neo4jUri", "neo4j://127.0.0.1:7687")
            .With("Cors:AllowedOrigins:0", "http://127.0.0.1:3000");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.True(response.IsSuccessStatusCode);
    }

    private static OptionsValidationException FindValidationFailure(Exception failure)
    {
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            if (current is OptionsValidationException validation)
            {
                return validation;
            }
            if (current is AggregateException aggregate && aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } inner)
            {
                return inner;
            }
        }
        throw new Xunit.Sdk.XunitException("Expected an options validation failure, got: " + failure);
    }
}
