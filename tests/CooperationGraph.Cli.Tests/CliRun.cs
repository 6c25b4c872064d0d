using System.Reflection;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static string Root { get; } = typeof(RealSeedGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value ?? throw new InvalidOperationException("No RepositoryRoot recorded.");

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string Model => Path.Combine(Root, "graph-schema", "model.yaml");

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
