using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Configuration;

/// <summary>
/// The start-up validation the host registers, run the way the host runs it (<see cref="IStartupValidator"/>)
/// against the host's own registration; the process-level test of the same path is <see cref="InvalidConfigurationProcessTests"/>.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Storage:Provider", "mongodb", "Storage:Provider must be 'embedded' or 'neo4j' (got 'mongodb')" },
        { "Storage:DatabasePath", "", "Storage:DatabasePath is required when Storage:Provider is 'embedded'" },
        { "Cors:AllowedOrigins:0", "https://dashboard.example.org/path", "Cors:AllowedOrigins:0 must be an origin" },
        { "Cors:AllowedOrigins:0", "*", "Cors:AllowedOrigins:0 must be an origin" },
        { "Cors:AllowedOrigins:0", "https://dashboard.example.org/", "Cors:AllowedOrigins:0 must be an origin" },
        { "RateLimiting:PermitPerWindow", "0", "RateLimiting:PermitPerWindow must be at least 1 (got 0)" },
        { "RateLimiting:Window", "-00:00:01", "RateLimiting:Window must be a positive time span" },
        { "Limits:MaxBodyBytes", "-5", "Limits:MaxBodyBytes must be between 1 and" },
        { "Limits:RequestTimeout", "00:00:00", "Limits:RequestTimeout must be a positive time span" },
        { "Shutdown:Timeout", "01:00:00", "Shutdown:Timeout must be between zero and five minutes" },
        { "Logging:Format", "xml", "Logging:Format must be 'text' or 'json' (got 'xml')" },
        { "WebSockets:ConnectionInitTimeout", "00:00:00", "WebSockets:ConnectionInitTimeout must be positive" },
        { "WebSockets:KeepAliveInterval", "-00:00:01", "WebSockets:KeepAliveInterval must not be negative" },
        { "WebSockets:MaxOperationsPerSocket", "0", "WebSockets:MaxOperationsPerSocket must be at least 1 (got 0)" },
        { "WebSockets:MaxMessageBytes", "100", "WebSockets:MaxMessageBytes must be at least 1024 (got 100)" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_fails_start_up_validation_with_a_message_naming_it(string key, string value, string expected)
    {
        using var services = Services((key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_with_a_database_path_are_valid()
    {
        using var services = Services();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(StorageOptions.EmbeddedProvider, services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }

    [Fact]
    public void Neo4j_provider_needs_a_bolt_address()
    {
        using var services = Services(("Storage:Provider", "neo4j"), ("Storage:Neo4jUri", "http://localhost:7474"));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("must be an absolute bolt:// or neo4j:// address", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_of_a_section_is_reported_together()
    {
        using var services = Services(("RateLimiting:PermitPerWindow", "0"), ("RateLimiting:Window", "00:00:00"));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RateLimiting:PermitPerWindow", failure.Message, StringComparison.Ordinal);
        Assert.Contains("RateLimiting:Window", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_neo4j_settings_pass_validation()
    {
        using var services = Services(
            ("Storage:Provider", "neo4j"), ("Storage:Neo4jUri", "neo4j://127.0.0.1:7687"), ("Cors:AllowedOrigins:0", "http://127.0.0.1:3000"));

        var validation = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(validation);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = "data/test.db" })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApiOptions();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
