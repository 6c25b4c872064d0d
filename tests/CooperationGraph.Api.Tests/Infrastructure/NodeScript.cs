using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using CooperationGraph.Testing.Support;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>
/// Runs a script of <c>tests/js</c> with node (its packages from <c>tests/js/package-lock.json</c>, installed by
/// <c>scripts/install-test-deps.sh</c>) and returns what it printed: a missing node or package fails the test, never
/// skips it.
/// </summary>
public static class NodeScript
{
    /// <summary>Runs <c>tests/js/<paramref name="script"/></c>; fails unless it exits with 0.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "js", script);
        var start = new ProcessStartInfo("node") { WorkingDirectory = Path.GetDirectoryName(path)! };
        start.ArgumentList.Add(path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(start, timeout);
        Assert.True(exitCode == 0, $"node {script} exited with {exitCode}: {stderr}");
        return stdout;
    }

    /// <summary>
    /// The repository's root. Builds may put the binaries anywhere (<c>--artifacts-path</c>): it is found from this
    /// source file, then from the binaries.
    /// </summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "tests", "js", "package.json")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No tests/js/package.json above {sourceFile} or {AppContext.BaseDirectory}");
    }
}
