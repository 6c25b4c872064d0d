using System.Diagnostics;
using CooperationGraph.Api.Hosting;
using CooperationGraph.Testing.Support;

namespace CooperationGraph.Api.Tests.Configuration;

/// <summary>The built service, started as its own process with a bad setting: it must refuse, and say why.</summary>
public sealed class InvalidConfigurationProcessTests
{
    [Fact]
    public async Task The_service_refuses_to_start_with_a_bad_provider_and_names_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync(("Storage__Provider", "mongodb"));

        Assert.Equal(StartupFailureReporting.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("Storage:Provider must be 'embedded' or 'neo4j' (got 'mongodb')", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_refuses_a_bad_log_format_and_names_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync(("Logging__Format", "xml"));

        Assert.Equal(StartupFailureReporting.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("Logging:Format must be 'text' or 'json' (got 'xml')", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_refuses_a_bad_engine_limit_and_names_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync(("Limits__MaxDepth", "0"));

        Assert.Equal(StartupFailureReporting.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("Limits:MaxDepth must be a positive number (got 0).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunServiceAsync(params (string Name, string Value)[] environment)
    {
        var assembly = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)! };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // A service that accepted the bad setting keeps running: the timeout fails the test, naming the command.
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
        return (exitCode, stdout + stderr);
    }
}
