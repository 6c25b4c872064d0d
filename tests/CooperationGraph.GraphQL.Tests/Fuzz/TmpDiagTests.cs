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
        var schema = ValidationHarness.Schema("harness-schema");
        var text = string.Concat(Enumerable.Repeat("{a", 500)) + new string('}', 500);
        var lines = new List<string>();
        for (var round = 0; round < 2; round++)
        {
            var sw = Stopwatch.StartNew();
            var doc = Parser.Parse(text);
            lines.Add("parse " + sw.ElapsedMilliseconds);
            sw.Restart();
            var printed = Printer.Print(doc);
            lines.Add("print " + sw.ElapsedMilliseconds + " len " + printed.Length);
            sw.Restart();
            var re = Parser.Parse(printed);
            lines.Add("reparse " + sw.ElapsedMilliseconds);
            sw.Restart();
            AstComparer.AssertEqual(doc, re);
            lines.Add("compare " + sw.ElapsedMilliseconds);
            foreach (var rule in SpecifiedRules.All)
            {
                sw.Restart();
                DocumentValidator.Validate(schema, doc, [rule]);
                if (sw.ElapsedMilliseconds > 5) lines.Add(rule.Name + " " + sw.ElapsedMilliseconds);
            }
        }
        File.WriteAllLines("/tmp/fuzz-diag.txt", lines);
    }
}
