using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Fairness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Fairness;

public sealed class FairnessOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new FairnessOptions();

        Assert.True(new FairnessOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.Enabled);
        Assert.InRange(options.MaxConcurrent, 1, Environment.ProcessorCount);
    }

    [Theory]
    [InlineData("Fairness:MaxConcurrent", "0", "Fairness:MaxConcurrent must be between 1 and 1024 (got 0).")]
    [InlineData("Fairness:MaxConcurrentPerClient", "8", "Fairness:MaxConcurrentPerClient (8) cannot exceed Fairness:MaxConcurrent")]
    [InlineData("Fairness:QueueLimit", "-1", "Fairness:QueueLimit must be between 0 and 100000 (got -1).")]
    [InlineData("Fairness:CheapCost", "-3", "Fairness:CheapCost must be between 0 and")]
    [InlineData("Fairness:MaxResponseBytes", "10", "Fairness:MaxResponseBytes must be between 1024 and 1073741824 (got 10).")]
    [InlineData("Fairness:QueueTimeout", "00:00:00", "Fairness:QueueTimeout must be a positive time span")]
    [InlineData("Fairness:CollectAfterBytes", "-1", "Fairness:CollectAfterBytes must be between 0 and 1073741824 (got -1).")]
    [InlineData("Fairness:LanePriority", "7", "Fairness:LanePriority must be Idle or Normal (got '7').")]
    [InlineData("Fairness:LaneYieldInterval", "-00:00:01", "Fairness:LaneYieldInterval must be a time span from zero (never yield) to one second")]
    [InlineData("Fairness:TrimAfterIdle", "-00:00:01", "Fairness:TrimAfterIdle must be a time span from zero (never trim) to one hour")]
    [InlineData("Fairness:LaneYieldInterval", "00:00:02", "Fairness:LaneYieldInterval must be a time span from zero (never yield) to one second")]
    public void An_invalid_setting_fails_the_start_up_validation_naming_it(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = "data/test.db",
                ["Fairness:MaxConcurrent"] = "2",
                [key] = value,
            })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddApiOptions();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(failure.Failures, message => message.StartsWith(expected, StringComparison.Ordinal));
    }
}
