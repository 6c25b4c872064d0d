using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>
/// The built service run as its own process on 127.0.0.1 and a free port, in Production, with settings given as
/// environment variables: what an operator starts. Its console output is kept for assertions.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the service; with <paramref name="asUnprivilegedUser"/> as user nobody when the tests run as root, so that file permissions bind it.</summary>
    public static ServiceProcess Start(IReadOnlyDictionary<string, string> settings, int? port = null, bool asUnprivilegedUser = false)
    {
        var assembly = typeof(Program).Assembly.Location;
        var chosenPort = port ?? FreePort();
        var dropPrivileges = asUnprivilegedUser && Environment.UserName == "root";
        var start = new ProcessStartInfo(dropPrivileges ? "setpriv" : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dropPrivileges)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{chosenPort}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (name, value) in settings)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new ServiceProcess(Process.Start(start)!, chosenPort);
    }

    /// <summary>Waits until the process ends by itself (a start-up failure); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(s_startTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException("The service kept running:\n" + Output);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until the service answers its liveness probe.</summary>
    public async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < s_startTimeout)
        {
            if (_process.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"The service exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (live.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The service did not start listening:\n" + Output);
    }

    /// <summary>The lines of output at Fatal level (the text log's FTL).</summary>
    public IReadOnlyList<string> FatalLines() =>
        Output.Split('\n').Where(line => line.Contains(" FTL] ", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>A port nothing listens on now: the system's choice for a socket bound and closed at once.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
