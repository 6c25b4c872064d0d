using System.Diagnostics;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>Runs a line-protocol child process: writes every request line to its stdin, reads one answer line each.</summary>
public static class LineProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<IReadOnlyList<string>> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyList<string> lines)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        // The child answers as it reads: feeding stdin while stdout drains concurrently avoids a pipe deadlock.
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout}.");
        }

        var answers = (await output.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || answers.Length != lines.Count)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode} after {answers.Length} of {lines.Count} answers:\n"
                + await errors.ConfigureAwait(false));
        }

        return answers;
    }
}
