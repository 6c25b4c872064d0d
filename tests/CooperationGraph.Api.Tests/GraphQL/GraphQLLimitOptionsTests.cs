using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class GraphQLLimitOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_become_the_engine_limits()
    {
        var options = new GraphQLLimitOptions();

        Assert.True(new GraphQLLimitOptionsValidator().Validate(null, options).Succeeded);
        var limits = options.ToQueryLimits();
        Assert.Equal(15, limits.MaxDepth);
        Assert.Equal(TimeSpan.FromSeconds(25), limits.Timeout);
    }

    [Theory]
    [InlineData("Limits:MaxDepth", "0", "Limits:MaxDepth must be a positive number (got 0).")]
    [InlineData("Limits:MaxCost", "-5", "Limits:MaxCost must be a positive number (got -5).")]
    [InlineData("Limits:MaxCachedIntrospectionResponses", "-1", "Limits:MaxCachedIntrospectionResponses must be 0 (no cache) or a positive number (got -1).")]
    [InlineData("Limits:ExecutionTimeout", "00:00:00", "Limits:ExecutionTimeout must be a positive time span")]
    [InlineData("Limits:SseKeepAliveInterval", "01:00:00", "Limits:SseKeepAliveInterval must be a positive time span")]
    public void An_invalid_limit_fails_the_start_up_validation_naming_the_setting(string key, string value, string expected)
    {
        // Validated with every other setting when the host starts, so the host reports it and exits with code 2
        // (InvalidConfigurationProcessTests runs the service to see that).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = "data/test.db", [key] = value })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddApiOptions();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(failure.Failures, message => message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_limit_keeps_the_host_from_serving()
    {
        using var factory = TransportTestSchema.Host().With("Limits:MaxDepth", "0");

        var failure = await Record.ExceptionAsync(async () =>
        {
            using var client = factory.CreateClient();
            await client.SendAsync(GraphQLHttp.PostQuery("{ hello }", GraphQLHttp.ResponseJson));
        });
        Assert.NotNull(failure);
    }

    [Fact]
    public async Task Configured_limits_reach_the_engine()
    {
        using var factory = TransportTestSchema.Host().With("Limits:MaxTokens", "5");
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ hello nested { value } }", GraphQLHttp.ResponseJson));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("token", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
