using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

/// <summary>
/// The one way tests parse documents: every document parsed anywhere in the tests is also checked to
/// round-trip through the printer, <c>parse(print(parse(x)))</c> equal to <c>parse(x)</c>.
/// </summary>
internal static class TestDocuments
{
    public static DocumentNode Parse(string text, ParseOptions? options = null)
    {
        var document = Parser.Parse(text, options);
        AssertRoundTrips(document);
        return document;
    }

    public static void AssertRoundTrips(DocumentNode document)
    {
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        AstComparer.AssertEqual(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    public static string ReadCorpus(string name) => File.ReadAllText(Path.Combine(CorpusDirectory(), name));

    public static IEnumerable<string> CorpusNames() =>
        Directory.EnumerateFiles(CorpusDirectory(), "*.graphql")
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".printed.graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!;

    // The corpus is read in place, next to this file, so the graphql-js script and the tests share one copy.
    private static string CorpusDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Corpus");
}
