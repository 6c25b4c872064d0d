using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Infrastructure;

internal static class FailureScreenshot
{
    /// <summary>Saves what the page looked like when a test failed; a screenshot that cannot be taken is not a second failure.</summary>
    public static async Task<string?> TryTakeAsync(IPage page, string testName)
    {
        var path = Path.Combine(RepositoryLayout.TestResults, $"{testName}.png");
        try
        {
            Directory.CreateDirectory(RepositoryLayout.TestResults);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 5_000 });
            return path;
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
