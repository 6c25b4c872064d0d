using System.Diagnostics;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Tests.Language;
using CooperationGraph.GraphQL.Tests.Validation;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Fuzz;

public sealed class TmpDiagTests
{
    [Fact]
    public void Diag()
    {
        var seeds = TestDocuments.CorpusNames().Select(TestDocuments.ReadCorpus).ToList();
        var schema = ValidationHarness.Schema("harness-schema");
        var mutator = new DocumentMutator(new Random(20260522), seeds);
        var slow = new List<(double, string, string)>();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var text = mutator.Next();
            var sw = Stopwatch.StartNew();
            var phase = "parse";
            try
            {
                var doc = Parser.Parse(text, new ParseOptions { MaxTokens = 50_000 });
                phase = "print";
                TestDocuments.AssertRoundTrips(doc);
                phase = "validate";
                DocumentValidator.Validate(schema, doc);
                phase = "done";
            }
            catch (Error.GraphQLError) { }
            slow.Add((sw.Elapsed.TotalMilliseconds, phase, text.Length > 200 ? text[..200] : text));
        }
        File.WriteAllLines("/tmp/fuzz-diag.txt", new[] { "total " + total.ElapsedMilliseconds }.Concat(slow.OrderByDescending(s => s.Item1).Take(15).Select(s => $"{s.Item1:F1}ms {s.Item2} {System.Text.Json.JsonSerializer.Serialize(s.Item3)}")));
    }
}
