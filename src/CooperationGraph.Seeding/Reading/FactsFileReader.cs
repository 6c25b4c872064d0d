using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Values;
using CooperationGraph.Seeding.Yaml;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Reading;

/// <summary>Reads one <c>reference/*.yaml</c> or <c>facts/*.yaml</c> file: its entities and relations.</summary>
internal static class FactsFileReader
{
    private static readonly string[] TopLevelKeys = ["entities", "relations"];
    private static readonly string[] EntityKeys = ["id", "label", "name", "nameEn", "aliases", "description", "properties", "sources"];
    private static readonly string[] MentionKeys = ["id", "aliases", "sources"];
    private static readonly string[] RelationKeys = ["type", "from", "to", "id", "role", "date", "amount", "status", "properties", "sources"];

    public static void Read(string fullPath, string displayPath, SeedSet set, SeedErrorCollector errors)
    {
        if (YamlFileReader.ReadRootMapping(fullPath, displayPath, errors) is not { } rootNode)
        {
            return;
        }

        var root = new YamlMapping(rootNode, displayPath, errors, displayPath);
        root.RejectUnknownKeys(TopLevelKeys);
        set.Entities.AddRange(root.MappingList("entities", (index, node) => ContextOf("entity", index, node)).Select(ReadEntity).OfType<EntityRecord>());
        set.Relations.AddRange(root.MappingList("relations", (index, node) => ContextOf("relation", index, node)).Select(ReadRelation).OfType<RelationRecord>());
    }

    private static EntityRecord? ReadEntity(YamlMapping entity)
    {
        var isMention = entity.Keys.All(MentionKeys.Contains);
        entity.RejectUnknownKeys(EntityKeys);
        var id = entity.Scalar("id", required: true);
        var label = isMention ? null : entity.Scalar("label", required: true);
        var name = isMention ? null : entity.Scalar("name", required: true);
        var aliases = entity.ScalarList("aliases");
        var sources = SourcesReader.Read(entity);
        if (id is null)
        {
            return null;
        }

        return new EntityRecord(
            entity.At, id, isMention, label, name?.Value, entity.Scalar("nameEn")?.Value, aliases,
            entity.LocalizedText("description"), PropertiesReader.Read(entity), sources);
    }

    private static RelationRecord? ReadRelation(YamlMapping relation)
    {
        relation.RejectUnknownKeys(RelationKeys);
        var type = relation.Scalar("type", required: true);
        var from = relation.Scalar("from", required: true);
        var to = relation.Scalar("to", required: true);
        var id = relation.Scalar("id");
        var role = relation.Scalar("role");
        var date = relation.Mapping("date", $"the date of {relation.Context}") is { } dateNode ? StatedDateReader.Read(dateNode) : null;
        var amount = relation.Mapping("amount", $"the amount of {relation.Context}") is { } amountNode ? StatedAmountReader.Read(amountNode) : null;
        var status = RelationshipStatus.Implemented;
        if (relation.Scalar("status") is { } statusText)
        {
            if (StatusNames.Parse(statusText.Value) is { } parsed)
            {
                status = parsed;
            }
            else
            {
                relation.Errors.Add(statusText.At, $"unknown status '{statusText.Value}'; expected one of: {string.Join(", ", StatusNames.All)}");
            }
        }

        var properties = PropertiesReader.Read(relation);
        var sources = SourcesReader.Read(relation);
        if (type is null || from is null || to is null)
        {
            return null;
        }

        return new RelationRecord(relation.At, type, from, to, id, role?.Value, date, amount, status, properties, sources);
    }

    private static string ContextOf(string kind, int index, YamlMappingNode node)
    {
        string? Field(string key) => node.Children.TryGetValue(key, out var value) && value is YamlScalarNode { Value: { } text } ? text : null;
        return kind == "entity"
            ? Field("id") is { } id ? $"entity '{id}'" : $"entity {index}"
            : Field("id") is { } relationId ? $"relation '{relationId}'" : $"relation {index} ({Field("type")} {Field("from")} -> {Field("to")})";
    }
}
