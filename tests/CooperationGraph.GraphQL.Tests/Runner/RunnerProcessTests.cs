using System.Diagnostics;

namespace CooperationGraph.GraphQL.Tests.Runner;

public sealed class RunnerProcessTests
{
    [Fact]
    public async Task Runner_process_answers_each_stdin_line_on_stdout()
    {
        using var workspace = new TemporaryDirectory();
        var schema = workspace.Write("schema.graphql", "type Query { greeting: String, n: Int }");
        var data = workspace.Write("root.json", "{\"greeting\": \"你好\", \"n\": 2}");

        var (exitCode, output, _) = await RunAsync(["--schema", schema, "--data", data], "{\"query\": \"{ greeting n }\"}\nbroken\n");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("{\"data\":{\"greeting\":\"你好\",\"n\":2}}", lines[0]);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Request line is not valid JSON", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_arguments_exit_with_a_usage_error()
    {
        var (exitCode, output, errors) = await RunAsync(["--schema"], string.Empty);

        Assert.Equal(64, exitCode);
        Assert.Empty(output);
        Assert.Contains("usage:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_schema_file_exits_with_an_input_error()
    {
        using var workspace = new TemporaryDirectory();
        var data = workspace.Write("root.json", "{}");

        var (exitCode, _, errors) = await RunAsync(["--schema", Path.Combine(workspace.Path, "absent.graphql"), "--data", data], string.Empty);

        Assert.Equal(66, exitCode);
        Assert.Contains("absent.graphql", errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string[] arguments, string input)
    {
        var runnerDll = Path.Combine(AppContext.BaseDirectory, "CooperationGraph.GraphQL.Runner.dll");
        var start = new ProcessStartInfo("dotnet", [runnerDll, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("gql-runner-").FullName;

        public string Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
