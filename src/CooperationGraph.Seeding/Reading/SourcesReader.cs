using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Values;
using CooperationGraph.Seeding.Yaml;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Reading;

/// <summary>Reads the <c>sources</c> list every entity and relationship carries (at least one item).</summary>
internal static class SourcesReader
{
    private static readonly string[] Keys = ["doc", "section", "quote"];

    public static IReadOnlyList<SourceRecord> Read(YamlMapping owner)
    {
        if (owner.ValueNode("sources") is not { } node || YamlMapping.IsNull(node))
        {
            owner.ReportMissing("sources");
            return [];
        }

        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            owner.Errors.Add(owner.PositionOf("sources"), $"'sources' of {owner.Context} is empty; at least one source is required");
            return [];
        }

        var sources = new List<SourceRecord>();
        foreach (var source in owner.MappingList("sources", (index, _) => $"source {index} of {owner.Context}"))
        {
            source.RejectUnknownKeys(Keys);
            var doc = source.Scalar("doc", required: true);
            var section = source.Scalar("section");
            var quote = source.Scalar("quote");
            if (section is not null && SectionPath.Problem(section.Value) is { } problem)
            {
                source.Errors.Add(section.At, problem);
            }

            if (quote is { Value.Length: 0 } || (quote is not null && string.IsNullOrWhiteSpace(quote.Value)))
            {
                source.Errors.Add(quote.At, $"the quote of {source.Context} is blank");
                quote = null;
            }

            if (doc is not null)
            {
                sources.Add(new SourceRecord(source.At, doc, section, quote));
            }
        }

        return sources;
    }
}
