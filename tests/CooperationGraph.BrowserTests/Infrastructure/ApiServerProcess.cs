using System.Diagnostics;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// <c>CooperationGraph.Api</c> started as its own process, as the README starts it, on a free 127.0.0.1 port over
/// an embedded store in a fresh temporary folder, seeded from the repository's <c>seed-data/</c>. A browser needs a
/// socket, so an in-memory test server would not do.
/// </summary>
public sealed class ApiServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly Process _process;
    private readonly ProcessLog _log;
    private readonly string _dataDirectory;

    private ApiServerProcess(Process process, ProcessLog log, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _log = log;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    /// <summary>The service's root, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint => new(BaseAddress, "graphql");

    /// <summary>The service's recent console output, for failure messages.</summary>
    public string RecentOutput => _log.ToString();

    public static async Task<ApiServerProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cooperationgraph-browser-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.FindFree()}/");
        var log = new ProcessLog();
        var process = new Process { StartInfo = StartInfo(baseAddress, dataDirectory), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => log.Append(line.Data);
        process.ErrorDataReceived += (_, line) => log.Append(line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("The service process did not start.");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ApiServerProcess(process, log, dataDirectory, baseAddress);
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static ProcessStartInfo StartInfo(Uri baseAddress, string dataDirectory)
    {
        var service = Path.Combine(AppContext.BaseDirectory, "CooperationGraph.Api.dll");
        if (!File.Exists(service))
        {
            throw new FileNotFoundException("The service was not built beside the tests.", service);
        }
        // The SDK tells child processes which dotnet host runs them; outside it, PATH decides.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            // The service's appsettings.json is copied beside the tests; it is the content root.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            service,
            "--urls", baseAddress.GetLeftPart(UriPartial.Authority),
            "--environment", "Production",
            "--Storage:Provider=embedded",
            $"--Storage:DatabasePath={Path.Combine(dataDirectory, "cooperation-graph.db")}",
            $"--GraphData:ModelPath={RepositoryLayout.GraphModel}",
            $"--GraphData:SeedDataPath={RepositoryLayout.SeedData}",
            "--GraphData:SeedOnStart=true",
        })
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The service exited with code {_process.ExitCode} before it was ready:\n{RecentOutput}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"The service at {BaseAddress} was not ready within {StartTimeout.TotalSeconds} s:\n{RecentOutput}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary database is harmless; the operating system clears the folder.
        }
    }
}
