using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium (installed by <c>scripts/install-browser.sh</c>, never downloaded), headless, driven by the
/// Playwright driver that ships inside the NuGet package. Each launch gets a fresh temporary profile.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>Overrides <see cref="DefaultExecutable"/>, for a machine whose Chromium lives elsewhere.</summary>
    public const string ExecutableVariable = "CHROMIUM_PATH";

    // No sandbox (CI runs as root in a container), no GPU, and none of the browser's own traffic: updates,
    // sync, field trials, QUIC probes. What remains on the wire is what the page asks for.
    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, string executable)
    {
        _playwright = playwright;
        Browser = browser;
        Executable = executable;
    }

    public IBrowser Browser { get; }

    public string Executable { get; }

    public static string ConfiguredExecutable =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured ? configured : DefaultExecutable;

    /// <summary>Starts Chromium, or fails with what to do about it: a missing browser is a failure, never a skip.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(string? executable = null)
    {
        executable ??= ConfiguredExecutable;
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"Chromium was not found at {executable}. Run scripts/install-browser.sh (Debian's chromium package), "
                + $"or set {ExecutableVariable} to a Chromium binary.",
                executable);
        }

        // The driver only ever downloads browsers when told to install them; this makes the intent explicit.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            });
            return new HeadlessChromium(playwright, browser, executable);
        }
        catch (PlaywrightException exception)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium at {executable} did not start: {exception.Message}", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
