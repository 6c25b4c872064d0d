using System.Diagnostics;
using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ChromiumTests(BrowserSuite suite)
{
    [Fact]
    public async Task The_browser_under_test_is_the_installed_chromium_not_a_downloaded_one()
    {
        var start = new ProcessStartInfo(suite.Chromium.Executable, ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var reported = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(HeadlessChromium.ConfiguredExecutable, suite.Chromium.Executable);
        Assert.False(string.IsNullOrWhiteSpace(suite.Chromium.Browser.Version));
        Assert.Contains(suite.Chromium.Browser.Version, reported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_chromium_fails_with_what_to_install()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-chromium-{Guid.NewGuid():N}");

        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() => HeadlessChromium.LaunchAsync(missing));

        Assert.Contains("scripts/install-browser.sh", failure.Message, StringComparison.Ordinal);
        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
    }
}
