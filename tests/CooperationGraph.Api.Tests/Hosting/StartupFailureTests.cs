using System.Net;
using System.Net.Sockets;
using CooperationGraph.Api.Hosting;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Hosting;

/// <summary>
/// The built service started as its own process with something wrong around it: each failure must end the process
/// with its documented exit code and one line that names the cause, the path or setting, and what to do.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = TemporaryFolders.Create("cg-startup");

    public void Dispose() => TemporaryFolders.TryDelete(_folder);

    [Fact]
    public async Task A_port_in_use_names_the_address_and_exits_3()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var line = await FailingStartAsync(StartupExitCode.CannotListen, Database(), port);

        Assert.Contains($"Cannot listen on http://127.0.0.1:{port}: the address is already in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_database_names_the_file_and_exits_4()
    {
        var path = Path.Combine(_folder, "graph.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("not a database ", 300)));

        var line = await FailingStartAsync(StartupExitCode.DatabaseUnusable, Database(path));

        Assert.Contains($"The file '{path}' is not a readable graph database", line, StringComparison.Ordinal);
        Assert.Contains("Restore it from a backup, or move it aside", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_path_that_is_a_folder_cannot_be_opened_and_exits_4()
    {
        var path = Path.Combine(_folder, "graph.db");
        Directory.CreateDirectory(path);

        var line = await FailingStartAsync(StartupExitCode.DatabaseUnusable, Database(path));

        Assert.Contains($"The file '{path}' cannot be opened", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_database_names_the_file_and_exits_4()
    {
        var path = Path.Combine(_folder, "graph.db");
        await SeededDatabaseTemplate.CopyToAsync(path);
        AllowEveryone(_folder);
        File.SetUnixFileMode(path, UnixFileMode.None);

        var line = await FailingStartAsync(StartupExitCode.DatabaseUnusable, Database(path), asUnprivilegedUser: true);

        Assert.Contains($"'{path}' cannot be opened", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_folder_without_a_database_says_so_and_exits_4()
    {
        var readOnly = Path.Combine(_folder, "read-only");
        Directory.CreateDirectory(readOnly);
        AllowEveryone(_folder);
        File.SetUnixFileMode(readOnly, ReadAndEnter);
        var path = Path.Combine(readOnly, "graph.db");

        var line = await FailingStartAsync(StartupExitCode.DatabaseUnusable, Database(path), asUnprivilegedUser: true);

        Assert.Contains($"Storage:DatabasePath '{path}' does not exist and its folder cannot be written", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_database_in_a_read_only_folder_is_served_read_only()
    {
        var readOnly = Path.Combine(_folder, "read-only");
        var path = Path.Combine(readOnly, "graph.db");
        await SeededDatabaseTemplate.CopyToAsync(path);
        AllowEveryone(_folder);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(readOnly, ReadAndEnter);

        await using var service = ServiceProcess.Start(Database(path), asUnprivilegedUser: true);
        await service.WaitUntilListeningAsync();
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        using var response = await client.PostAsync(
            new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ node(id: \"org:gx-dost\") { id } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"org:gx-dost\"", body, StringComparison.Ordinal);
        Assert.Contains($"Graph store {path} is served read-only", service.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".lock"));
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_says_so_and_exits_5()
    {
        var settings = Database();
        await using var first = ServiceProcess.Start(settings);
        await first.WaitUntilListeningAsync();

        var line = await FailingStartAsync(StartupExitCode.DatabaseInUse, settings);

        Assert.Contains("is in use by another instance of the service", line, StringComparison.Ordinal);
        Assert.Contains(settings["Storage:DatabasePath"] + ".lock", line, StringComparison.Ordinal);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task Broken_seed_data_names_the_file_and_exits_6()
    {
        var seedData = Path.Combine(_folder, "seed-data");
        CopyDirectory(Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "seed-data"), seedData);
        var documents = Path.Combine(seedData, "documents.yaml");
        await File.AppendAllTextAsync(documents, "\n- {unclosed: [\n");
        var settings = new Dictionary<string, string>(Database()) { ["GraphData:SeedDataPath"] = seedData };

        var line = await FailingStartAsync(StartupExitCode.SeedDataInvalid, settings);

        Assert.Contains($"The seed data in '{seedData}' (GraphData:SeedDataPath) cannot be loaded", line, StringComparison.Ordinal);
        Assert.Contains("documents.yaml", line, StringComparison.Ordinal);
        Assert.Contains("GraphData:SeedOnStart=false", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_names_the_address_and_exits_7()
    {
        var address = $"bolt://127.0.0.1:{ServiceProcess.FreePort()}";
        var settings = new Dictionary<string, string> { ["Storage:Provider"] = "neo4j", ["Storage:Neo4jUri"] = address };

        var line = await FailingStartAsync(StartupExitCode.Neo4jUnavailable, settings);

        Assert.Contains($"Neo4j at {address} (Storage:Neo4jUri) cannot be used", line, StringComparison.Ordinal);
        Assert.Contains("Start Neo4j or correct Storage:Neo4jUri", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RateLimiting:Enabled", "maybe", "Failed to convert configuration value 'maybe' at 'RateLimiting:Enabled'")]
    [InlineData("Telemetry:PrometheusEnabled", "maybe", "Failed to convert configuration value 'maybe' at 'Telemetry:PrometheusEnabled'")]
    [InlineData("GraphQL:Introspection", "maybe", "Failed to convert configuration value 'maybe' at 'GraphQL:Introspection'")]
    [InlineData("Fairness:LanePriority", "Lowest", "Failed to convert configuration value 'Lowest' at 'Fairness:LanePriority'")]
    [InlineData("Fairness:MaxConcurrent", "abc", "Failed to convert configuration value 'abc' at 'Fairness:MaxConcurrent'")]
    [InlineData("Limits:MaxTokens", "abc", "Failed to convert configuration value 'abc' at 'Limits:MaxTokens'")]
    [InlineData("Telemetry:OtlpEndpoint", "localhost:4317", "Telemetry:OtlpEndpoint must be an absolute http:// or https:// address")]
    public async Task A_setting_of_the_wrong_form_names_the_setting_and_exits_2(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string>(Database()) { [setting] = value };

        var line = await FailingStartAsync(StartupExitCode.InvalidConfiguration, settings);

        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private const UnixFileMode ReadAndEnter =
        UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private Dictionary<string, string> Database(string? path = null) =>
        new() { ["Storage:DatabasePath"] = path ?? Path.Combine(_folder, "graph.db") };

    private static async Task<string> FailingStartAsync(
        int expectedExitCode, IReadOnlyDictionary<string, string> settings, int? port = null, bool asUnprivilegedUser = false)
    {
        await using var service = ServiceProcess.Start(settings, port, asUnprivilegedUser);
        var exitCode = await service.WaitForExitAsync();
        var output = service.Output;

        Assert.True(expectedExitCode == exitCode, $"exit code {exitCode}, expected {expectedExitCode}:\n{output}");
        var fatal = Assert.Single(service.FatalLines());
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", fatal, StringComparison.Ordinal);
        return fatal;
    }

    // The temporary folder is the test's own; the service may run as another user, who must reach what is inside.
    private static void AllowEveryone(string folder) =>
        File.SetUnixFileMode(folder, ReadAndEnter | UnixFileMode.UserWrite);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
