using System.CommandLine;

namespace CooperationGraph.Cli;

/// <summary>
/// The <c>cooperation-graph</c> command line. Usage mistakes print the parser's messages and exit with
/// <see cref="ExitCodes.Usage"/>; failures print one line per problem and exit with <see cref="ExitCodes.Failure"/>. No
/// stack trace reaches the user.
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("CooperationGraph tools: export the cooperation graph for Neo4j.")
        {
            ExportCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'cooperation-graph export --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }
}
