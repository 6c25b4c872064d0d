using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CooperationGraph.Api.Tests.Readme;

/// <summary>
/// The example queries of the root <c>README.md</c>: each between <c>&lt;!-- example Name --&gt;</c> and
/// <c>&lt;!-- /example --&gt;</c>, a <c>graphql</c> block followed by the <c>json</c> block of its output.
/// </summary>
internal static partial class ReadmeExamples
{
    public static string Path([CallerFilePath] string thisFile = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "..", "..", "..", "README.md"));

    public static IReadOnlyList<ReadmeExample> Read(string readme) =>
        Example().Matches(readme.ReplaceLineEndings("\n"))
            .Select(match => new ReadmeExample(match.Groups["name"].Value, match.Groups["query"].Value, match.Groups["output"].Value))
            .ToArray();

    /// <summary>The README with one example's output block replaced.</summary>
    public static string WithOutput(string readme, string name, string output) =>
        Example().Replace(readme.ReplaceLineEndings("\n"), match => match.Groups["name"].Value != name
            ? match.Value
            : match.Value[..(match.Groups["output"].Index - match.Index)] + output + match.Value[(match.Groups["output"].Index + match.Groups["output"].Length - match.Index)..]);

    [GeneratedRegex(@"<!-- example (?<name>\w+) -->\n```graphql\n(?<query>.*?)```\n.*?```json\n(?<output>.*?)\n?```\n<!-- /example -->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Example();
}

/// <summary>One example: its operation name, the query and the output the README shows.</summary>
internal sealed record ReadmeExample(string Name, string Query, string Output);
