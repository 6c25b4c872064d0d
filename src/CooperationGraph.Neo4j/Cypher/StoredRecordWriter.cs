using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// Flattens graph records into Neo4j-storable property maps (strings, integers, floats, booleans, lists of strings),
/// the one layout shared by the store, the Cypher script and the CSV files. Self-describing: the lists
/// <c>dateProperties</c> and <c>amountProperties</c> say which keys belong to a date or an amount, so reading back needs
/// no model. A value that cannot be stored, or a key that collides with another, is an
/// <see cref="GraphStoreErrorCode.InvalidRecord"/>.
/// </summary>
internal static class StoredRecordWriter
{
    public static Dictionary<string, object?> Node(GraphNode node, string? documentText = null)
    {
        var map = new StoredMap(node.Id);
        map.Set(StoredKeys.Id, node.Id);
        map.Set(StoredKeys.Label, node.Label);
        map.Set(StoredKeys.LabelPath, Strings(node.Labels));
        map.Set(StoredKeys.Name, node.Name);
        map.SetOptional(StoredKeys.NameEn, node.NameEn);
        map.Set(StoredKeys.Aliases, Strings(node.Aliases));
        map.SetOptional(StoredKeys.DescriptionEn, node.Description?.En);
        map.SetOptional(StoredKeys.DescriptionZh, node.Description?.Zh);
        map.Set(StoredKeys.Sources, ProvenanceJson.Write(node.Sources));
        map.SetOptional(StoredKeys.DocumentText, documentText);
        WriteProperties(map, node.Properties, relationship: false);
        return map.Values;
    }

    public static Dictionary<string, object?> Relationship(GraphRelationship relationship)
    {
        var map = new StoredMap(relationship.Id);
        map.Set(StoredKeys.Id, relationship.Id);
        map.SetOptional(StoredKeys.Role, relationship.Role);
        map.Set(StoredKeys.Status, relationship.Status.ToString());
        if (relationship.Date is { } date)
        {
            WriteDate(map, StoredKeys.Date, date);
        }

        if (relationship.Amount is { } amount)
        {
            WriteAmount(map, StoredKeys.Amount, amount);
        }

        map.Set(StoredKeys.Sources, ProvenanceJson.Write(relationship.Sources));
        WriteProperties(map, relationship.Properties, relationship: true);
        return map.Values;
    }

    private static void WriteProperties(StoredMap map, IReadOnlyDictionary<string, object> properties, bool relationship)
    {
        var dates = new List<object?>();
        var amounts = new List<object?>();
        foreach (var (name, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!CypherNames.IsIdentifier(name))
            {
                throw map.Invalid($"property '{name}' is not a plain identifier (letters, digits, '_', a letter first)");
            }

            if (StoredKeys.IsReserved(name, relationship))
            {
                throw map.Invalid($"property '{name}' has the name of a built-in stored key");
            }

            switch (value)
            {
                case StatedDate date:
                    WriteDate(map, name, date);
                    dates.Add(name);
                    break;
                case StatedAmount amount:
                    WriteAmount(map, name, amount);
                    amounts.Add(name);
                    break;
                default:
                    map.Set(name, Scalar(map, name, value));
                    break;
            }
        }

        if (dates.Count > 0)
        {
            map.Set(StoredKeys.DateProperties, dates);
        }

        if (amounts.Count > 0)
        {
            map.Set(StoredKeys.AmountProperties, amounts);
        }
    }

    private static void WriteDate(StoredMap map, string name, StatedDate date)
    {
        DateOnly start;
        try
        {
            start = date.Start;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            throw map.Invalid($"date '{name}' has a malformed value '{date.Value}'");
        }

        map.Set(name + "Text", date.Text);
        map.Set(name + "Value", date.Value);
        map.Set(name + "Precision", date.Precision.ToString());
        map.SetOptional(name + "End", date.End);
        map.Set(name + "Start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void WriteAmount(StoredMap map, string name, StatedAmount amount)
    {
        map.Set(name + "Text", amount.Text);
        map.Set(name + "Value", (double)amount.Value);
        map.Set(name + "Decimal", amount.Value.ToString(CultureInfo.InvariantCulture));
        map.SetOptional(name + "Currency", amount.Currency);
        map.SetOptional(name + "Unit", amount.Unit);
    }

    private static object Scalar(StoredMap map, string name, object? value) => value switch
    {
        string or bool or long => value,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => (double)number,
        IEnumerable<string> strings => Strings(strings.ToList()),
        _ => throw map.Invalid($"property '{name}' holds a {value?.GetType().Name ?? "null"}, which Neo4j cannot store"),
    };

    private static List<object?> Strings(IReadOnlyList<string>? values)
    {
        var list = new List<object?>(values?.Count ?? 0);
        foreach (var value in values ?? [])
        {
            list.Add(value ?? throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, "A list of strings holds a null."));
        }

        return list;
    }

    /// <summary>A property map that refuses a key written twice (a property named like another's flattened part).</summary>
    private sealed class StoredMap(string ownerId)
    {
        public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

        public void Set(string key, object value)
        {
            if (!Values.TryAdd(key, value))
            {
                throw Invalid($"the stored key '{key}' would be written twice; rename the property");
            }
        }

        public void SetOptional(string key, object? value)
        {
            if (value is not null)
            {
                Set(key, value);
            }
        }

        public GraphStoreException Invalid(string problem) =>
            new(GraphStoreErrorCode.InvalidRecord, $"'{ownerId}' cannot be stored in Neo4j: {problem}.");
    }
}
