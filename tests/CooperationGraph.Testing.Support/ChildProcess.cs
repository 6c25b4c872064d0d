using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CooperationGraph.Testing.Support;

/// <summary>A process a test starts and waits for: both outputs read to their end, the whole tree killed past a timeout.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="start"/> (its outputs redirected here, UTF-8) until it exits.</summary>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>; it was killed, and the message holds its standard error.</exception>
    public static async Task<ChildProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        // Both pipes are drained while it runs, so a chatty child never blocks on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            var error = await stderr;
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} did not exit within {timeout.TotalSeconds:F0} s; stderr: {error}"));
        }

        return new ChildProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>How a child process ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
public sealed record ChildProcessResult(int ExitCode, string StandardOutput, string StandardError);
