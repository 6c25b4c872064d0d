using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real host over an in-memory server (nothing is bound), with settings, an environment, a log sink and
/// test-only routes chosen per test. Unless a test names its own <c>Storage:DatabasePath</c>, the host serves a copy
/// of a database seeded once per run, in a temporary folder deleted with the factory: nothing is written in the
/// source tree.
/// </summary>
public sealed class ApiHostFactory : WebApplicationFactory<Program>
{
    private const string DatabasePathSetting = "Storage:DatabasePath";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];
    private string _environment = "Production";
    private string? _temporaryFolder;

    public InMemoryLogSink Logs { get; } = new();

    public ApiHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public ApiHostFactory InEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    public ApiHostFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public ApiHostFactory WithTestRoutes(TestRoutes routes) =>
        WithServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(routes));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_temporaryFolder is not null)
        {
            TemporaryFolders.TryDelete(_temporaryFolder);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (!_settings.ContainsKey(DatabasePathSetting))
        {
            _temporaryFolder = TemporaryFolders.Create("cg-api-host");
            var databasePath = Path.Combine(_temporaryFolder, "graph.db");
            SeededDatabaseTemplate.CopyToAsync(databasePath).GetAwaiter().GetResult();
            _settings[DatabasePathSetting] = databasePath;
        }

        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        // Also as host settings: Program reads some settings (storage provider, telemetry) while it registers services,
        // before the configuration above is applied.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }
}
