using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CooperationGraph.GraphQL.Tests.Utilities;

/// <summary>Runs graphql-js (tests/js/graphql/reference.mjs) as the oracle the engine is compared with.</summary>
internal static class GraphQLJs
{
    private static readonly Lazy<string> Script = new(() => FindScript());

    public static JsonElement Run(object job)
    {
        var start = new ProcessStartInfo("node", [Script.Value])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Script.Value)!,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.StandardInput.Write(JsonSerializer.Serialize(job));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("graphql-js did not answer within a minute.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("graphql-js failed: " + errors.Result);
        }

        using var document = JsonDocument.Parse(output.Result);
        return document.RootElement.Clone();
    }

    public static string PrintSchema(string sdl) => Run(new { task = "print", sdl }).GetProperty("printed").GetString()!;

    /// <summary>Prints SDL that deprecates directives (graphql-js 16.15's opt-in <c>experimentalDirectivesOnDirectiveDefinitions</c>).</summary>
    public static string PrintSchemaWithDirectiveDirectives(string sdl) =>
        Run(new { task = "print", sdl, parseOptions = DirectiveDirectives }).GetProperty("printed").GetString()!;

    public static JsonElement Introspect(string sdl, object? options = null) =>
        Run(new { task = "introspect", sdl, options = options ?? new { } }).GetProperty("result");

    /// <summary>Introspects SDL that deprecates directives, as <see cref="PrintSchemaWithDirectiveDirectives"/> parses it.</summary>
    public static JsonElement IntrospectWithDirectiveDirectives(string sdl, object options) =>
        Run(new { task = "introspect", sdl, options, parseOptions = DirectiveDirectives }).GetProperty("result");

    private static object DirectiveDirectives => new { experimentalDirectivesOnDirectiveDefinitions = true };

    public static JsonElement[] ValidateSchemas(IEnumerable<string> sdls) =>
        [.. Run(new { task = "validate", sdls }).GetProperty("errors").EnumerateArray()];

    public static JsonElement[] Execute(string sdl, string dataJson, IEnumerable<object> requests)
    {
        using var data = JsonDocument.Parse(dataJson);
        var answer = Run(new { task = "execute", sdl, data = data.RootElement, requests });
        return [.. answer.GetProperty("results").EnumerateArray()];
    }

    // Builds may put binaries anywhere (--artifacts-path), so the script is found from this source file's location.
    private static string FindScript([CallerFilePath] string sourceFile = "")
    {
        var testsDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", ".."));
        var script = Path.Combine(testsDirectory, "js", "graphql", "reference.mjs");
        return File.Exists(script) ? script : throw new FileNotFoundException("The graphql-js reference script was not found.", script);
    }
}
