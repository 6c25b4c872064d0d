namespace CooperationGraph.GraphQL.Runner;

/// <summary>Parses <c>--schema FILE --data FILE</c>, loads both and runs the request loop.</summary>
internal static class RunnerCommand
{
    public const int Success = 0;
    public const int UsageError = 64;
    public const int InputError = 66;

    private const string Usage = "usage: CooperationGraph.GraphQL.Runner --schema SCHEMA.graphql --data ROOT.json  (requests as JSON lines on stdin)";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter diagnostics)
    {
        string? schemaPath = null;
        string? dataPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--schema" when i + 1 < args.Length:
                    schemaPath = args[++i];
                    break;
                case "--data" when i + 1 < args.Length:
                    dataPath = args[++i];
                    break;
                case "--help" or "-h":
                    await diagnostics.WriteLineAsync(Usage).ConfigureAwait(false);
                    return Success;
                default:
                    await diagnostics.WriteLineAsync($"Unexpected argument \"{args[i]}\".\n{Usage}").ConfigureAwait(false);
                    return UsageError;
            }
        }

        if (schemaPath is null || dataPath is null)
        {
            await diagnostics.WriteLineAsync(Usage).ConfigureAwait(false);
            return UsageError;
        }

        ConformanceRunner runner;
        try
        {
            var sdl = await File.ReadAllTextAsync(schemaPath).ConfigureAwait(false);
            var data = await File.ReadAllTextAsync(dataPath).ConfigureAwait(false);
            runner = ConformanceRunner.Create(sdl, data);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or RunnerSetupException)
        {
            await diagnostics.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return InputError;
        }

        await runner.RunAsync(input, output).ConfigureAwait(false);
        return Success;
    }
}
