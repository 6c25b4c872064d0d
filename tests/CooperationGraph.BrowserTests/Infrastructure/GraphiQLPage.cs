using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// The GraphiQL page as a user meets it: the query editor, the tabs, the run button, the result pane and the
/// documentation explorer, found by the class names and labels GraphiQL 3 renders.
/// </summary>
public sealed partial class GraphiQLPage(IPage page, PageTraffic traffic, Uri endpoint)
{
    private const string QueryEditor = ".graphiql-query-editor .CodeMirror";

    private const string ResultPane = ".graphiql-response .CodeMirror";

    public IPage Page => page;

    public PageTraffic Traffic => traffic;

    /// <summary>Navigates to the GraphQL endpoint as a browser does and waits until GraphiQL has rendered and fetched its schema.</summary>
    public async Task<IResponse> OpenAsync()
    {
        IResponse? document = null;
        // GraphiQL introspects the endpoint once its script has run: after that answer the page is complete.
        await page.RunAndWaitForResponseAsync(
            async () => document = await page.GotoAsync(endpoint.ToString()),
            candidate => IsGraphQLPost(candidate) && candidate.Request.PostData?.Contains("__schema", StringComparison.Ordinal) == true);
        await page.Locator(QueryEditor).WaitForAsync();
        await page.Locator(".graphiql-execute-button").WaitForAsync();
        return document ?? throw new InvalidOperationException($"Navigating to {endpoint} produced no response.");
    }

    public ILocator QueryEditorElement => page.Locator(QueryEditor);

    /// <summary>The query editor's whole document (CodeMirror renders only the lines in view).</summary>
    public Task<string> QueryTextAsync() => EditorTextAsync(QueryEditor);

    /// <summary>The query editor's lines as drawn on screen (those in view), without CodeMirror's placeholders.</summary>
    public async Task<string> VisibleQueryTextAsync()
    {
        var lines = await page.Locator(".graphiql-query-editor .CodeMirror-line").AllInnerTextsAsync();
        return string.Join('\n', lines.Select(line => line.Replace("\u200b", "", StringComparison.Ordinal)));
    }

    public Task<string> ResultTextAsync() => EditorTextAsync(ResultPane);

    /// <summary>The tab buttons GraphiQL shows when it holds more than one tab; none for a single tab.</summary>
    public ILocator Tabs => page.Locator(".graphiql-tab-button");

    /// <summary>Replaces the editor's text as typing would, through the browser's input events (no auto-closed brackets).</summary>
    public async Task ReplaceQueryAsync(string text)
    {
        await page.Locator(QueryEditor).ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(text);
        await WaitUntilOperationNameSettledAsync();
    }

    public async Task SelectTabAsync(int index)
    {
        await Tabs.Nth(index).ClickAsync();
        await WaitUntilOperationNameSettledAsync();
    }

    /// <summary>Clicks the run button and waits until the result pane holds the service's answer.</summary>
    public Task<string> RunAsync() => RunAndReadResultAsync(() => page.Locator(".graphiql-execute-button").ClickAsync());

    /// <summary>
    /// Runs every operation of the active tab. One is run with the button; of several (where the button offers a
    /// menu), each is run as GraphiQL's shortcut does it: the cursor in the operation, then Ctrl-Enter.
    /// </summary>
    public async Task<IReadOnlyList<(string Operation, string Result)>> RunEveryOperationAsync()
    {
        var query = await QueryTextAsync();
        var starts = OperationStart().Matches(query)
            .Select(match => (Line: query[..match.Index].Count(c => c == '\n'), Name: match.Value.Trim()))
            .ToList();
        if (starts.Count <= 1)
        {
            return [(starts.FirstOrDefault().Name ?? query, await RunAsync())];
        }
        var results = new List<(string, string)>();
        foreach (var (line, name) in starts)
        {
            await page.Locator(QueryEditor).EvaluateAsync(
                "(element, line) => { const editor = element.CodeMirror; editor.focus(); editor.setCursor({ line, ch: 0 }); }",
                line);
            results.Add((name, await RunAndReadResultAsync(() => page.Keyboard.PressAsync("Control+Enter"))));
        }
        return results;
    }

    private async Task<string> RunAndReadResultAsync(Func<Task> run)
    {
        var response = await page.RunAndWaitForResponseAsync(run, IsGraphQLPost);
        var body = await response.TextAsync();
        // The pane shows the answer re-indented; equal once both sides are parsed.
        await page.WaitForFunctionAsync(
            """
            ([selector, body]) => {
              const element = document.querySelector(selector);
              try { return JSON.stringify(JSON.parse(element.CodeMirror.getValue())) === JSON.stringify(JSON.parse(body)); }
              catch { return false; }
            }
            """,
            new object[] { ResultPane, body });
        return await ResultTextAsync();
    }

    /// <summary>Opens the documentation explorer at the query root type and lists the fields it shows.</summary>
    public async Task<IReadOnlyList<string>> QueryFieldsInDocumentationAsync()
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show Documentation Explorer", Exact = true }).ClickAsync();
        var explorer = page.Locator(".graphiql-doc-explorer");
        var queryType = explorer.Locator(".graphiql-doc-explorer-root-type", new LocatorLocatorOptions { HasTextString = "query" })
            .Locator("xpath=following-sibling::a[contains(@class, 'graphiql-doc-explorer-type-name')]");
        var typeName = await queryType.InnerTextAsync();
        await queryType.ClickAsync();
        await explorer.Locator(".graphiql-doc-explorer-title", new LocatorLocatorOptions { HasTextString = typeName }).WaitForAsync();
        var fields = explorer.Locator(".graphiql-doc-explorer-field-name");
        await fields.First.WaitForAsync();
        return await fields.AllInnerTextsAsync();
    }

    /// <summary>
    /// GraphiQL works out which operation to run from the editor text 100 ms after it changes (debounced); a run
    /// inside that window posts the previous text's operation name ("Unknown operation named …"). No person clicks
    /// that fast, so a test waits, as a person would, until the name GraphiQL holds belongs to the text shown.
    /// </summary>
    private Task WaitUntilOperationNameSettledAsync() => page.WaitForFunctionAsync(
        """
        selector => {
          const editor = document.querySelector(selector).CodeMirror;
          const names = [...editor.getValue().matchAll(/^[ \t]*(?:query|mutation|subscription)[ \t]+([_A-Za-z][_0-9A-Za-z]*)/gm)].map(m => m[1]);
          return names.length === 0 ? editor.operationName == null : names.includes(editor.operationName);
        }
        """,
        QueryEditor);

    private bool IsGraphQLPost(IResponse response) =>
        response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == endpoint.AbsolutePath;

    [GeneratedRegex(@"^[ \t]*(query|mutation|subscription)\b[^\n{(]*", RegexOptions.Multiline)]
    private static partial Regex OperationStart();

    private Task<string> EditorTextAsync(string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("element => element.CodeMirror.getValue()");
}
