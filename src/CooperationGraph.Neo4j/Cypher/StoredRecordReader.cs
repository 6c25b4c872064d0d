using System.Collections;
using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Rebuilds graph records from the property maps <see cref="StoredRecordWriter"/> produces, whether they come from
/// Bolt, from a Cypher script or from CSV. Maps that do not follow the layout are
/// <see cref="GraphStoreErrorCode.IncompatibleStorage"/>.
/// </summary>
internal static class StoredRecordReader
{
    public static GraphNode Node(IReadOnlyDictionary<string, object?> map)
    {
        var id = RequiredString(map, StoredKeys.Id, "?");
        var claimed = new HashSet<string>(StringComparer.Ordinal)
        {
            StoredKeys.Id, StoredKeys.Label, StoredKeys.LabelPath, StoredKeys.Name, StoredKeys.NameEn, StoredKeys.Aliases,
            StoredKeys.DescriptionEn, StoredKeys.DescriptionZh, StoredKeys.Sources, StoredKeys.DocumentText,
        };
        var en = OptionalString(map, StoredKeys.DescriptionEn, id);
        var zh = OptionalString(map, StoredKeys.DescriptionZh, id);
        return new GraphNode(
            id,
            RequiredString(map, StoredKeys.Label, id),
            Strings(map, StoredKeys.LabelPath, id),
            RequiredString(map, StoredKeys.Name, id),
            OptionalString(map, StoredKeys.NameEn, id),
            Strings(map, StoredKeys.Aliases, id),
            en is null && zh is null ? null : new LocalizedText(en, zh),
            Properties(map, claimed, id),
            ProvenanceJson.Read(RequiredString(map, StoredKeys.Sources, id), id));
    }

    public static GraphRelationship Relationship(IReadOnlyDictionary<string, object?> map, string type, string fromId, string toId)
    {
        var id = RequiredString(map, StoredKeys.Id, "?");
        var claimed = new HashSet<string>(StringComparer.Ordinal) { StoredKeys.Id, StoredKeys.Role, StoredKeys.Status, StoredKeys.Sources };
        var status = RequiredString(map, StoredKeys.Status, id);
        if (!Enum.TryParse<RelationshipStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw Incompatible(id, $"status '{status}' is not Implemented, Ongoing or Planned");
        }

        return new GraphRelationship(
            id,
            type,
            fromId,
            toId,
            OptionalString(map, StoredKeys.Role, id),
            map.ContainsKey(StoredKeys.Date + "Text") ? ReadDate(map, StoredKeys.Date, claimed, id) : null,
            map.ContainsKey(StoredKeys.Amount + "Text") ? ReadAmount(map, StoredKeys.Amount, claimed, id) : null,
            parsed,
            Properties(map, claimed, id),
            ProvenanceJson.Read(RequiredString(map, StoredKeys.Sources, id), id));
    }

    /// <summary>The document text a node map carries, if any.</summary>
    public static string? DocumentText(IReadOnlyDictionary<string, object?> map) =>
        OptionalString(map, StoredKeys.DocumentText, RequiredString(map, StoredKeys.Id, "?"));

    private static Dictionary<string, object> Properties(IReadOnlyDictionary<string, object?> map, HashSet<string> claimed, string id)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in Strings(map, StoredKeys.DateProperties, id))
        {
            properties[name] = ReadDate(map, name, claimed, id);
        }

        foreach (var name in Strings(map, StoredKeys.AmountProperties, id))
        {
            properties[name] = ReadAmount(map, name, claimed, id);
        }

        claimed.Add(StoredKeys.DateProperties);
        claimed.Add(StoredKeys.AmountProperties);
        foreach (var (key, value) in map)
        {
            if (claimed.Contains(key) || value is null)
            {
                continue;
            }

            properties[key] = value switch
            {
                string or bool or long or double => value,
                IEnumerable list => Strings(map, key, id),
                _ => throw Incompatible(id, $"property '{key}' holds a {value.GetType().Name}"),
            };
        }

        return properties;
    }

    private static StatedDate ReadDate(IReadOnlyDictionary<string, object?> map, string name, HashSet<string> claimed, string id)
    {
        foreach (var part in StoredKeys.DateParts)
        {
            claimed.Add(name + part);
        }

        var precision = RequiredString(map, name + "Precision", id);
        if (!Enum.TryParse<DatePrecision>(precision, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw Incompatible(id, $"date '{name}' has precision '{precision}'");
        }

        return new StatedDate(RequiredString(map, name + "Text", id), RequiredString(map, name + "Value", id), parsed, OptionalString(map, name + "End", id));
    }

    private static StatedAmount ReadAmount(IReadOnlyDictionary<string, object?> map, string name, HashSet<string> claimed, string id)
    {
        foreach (var part in StoredKeys.AmountParts)
        {
            claimed.Add(name + part);
        }

        var exact = RequiredString(map, name + "Decimal", id);
        if (!decimal.TryParse(exact, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw Incompatible(id, $"amount '{name}' has the value '{exact}'");
        }

        return new StatedAmount(RequiredString(map, name + "Text", id), value, OptionalString(map, name + "Currency", id), OptionalString(map, name + "Unit", id));
    }

    private static string RequiredString(IReadOnlyDictionary<string, object?> map, string key, string id) =>
        OptionalString(map, key, id) ?? throw Incompatible(id, $"'{key}' is missing");

    private static string? OptionalString(IReadOnlyDictionary<string, object?> map, string key, string id) =>
        map.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            string text => text,
            _ => throw Incompatible(id, $"'{key}' holds a {value.GetType().Name}, not a string"),
        } : null;

    private static List<string> Strings(IReadOnlyDictionary<string, object?> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }

        if (value is string || value is not IEnumerable items)
        {
            throw Incompatible(id, $"'{key}' is not a list");
        }

        return items.Cast<object?>().Select(item => item as string ?? throw Incompatible(id, $"'{key}' holds a non-string element")).ToList();
    }

    private static GraphStoreException Incompatible(string id, string problem) =>
        new(GraphStoreErrorCode.IncompatibleStorage, $"The stored record '{id}' does not follow the CooperationGraph layout: {problem}.");
}
