using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>
/// The shared conformance inputs under <c>tests/js/conformance</c>: the schema, the root data, the case files
/// (<c>cases/*.json</c>, each an array of <c>{ name, query, variables?, operationName? }</c>, or an object
/// <c>{ schema, cases }</c> whose cases are asked of another schema file of that folder) and the list of cases known to
/// disagree.
/// </summary>
public static class ConformanceCorpus
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> LazyCases = new(LoadCases);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyKnown = new(LoadKnownDisagreements);

    public static string Directory { get; } = typeof(ConformanceCorpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ConformanceDirectory").Value!;

    /// <summary>The schema file cases are asked of unless their case file names another.</summary>
    public const string DefaultSchema = "schema.graphql";

    public static string SchemaPath => SchemaPathOf(DefaultSchema);

    public static string DataPath => Path.Combine(Directory, "data.json");

    public static string OraclePath => Path.Combine(Directory, "oracle.mjs");

    public static string KnownDisagreementsPath => Path.Combine(Directory, "known-disagreements.json");

    public static IReadOnlyList<ConformanceCase> Cases => LazyCases.Value;

    /// <summary>Case id to the reason it disagrees, for cases where the engine is known to differ from graphql-js.</summary>
    public static IReadOnlyDictionary<string, string> KnownDisagreements => LazyKnown.Value;

    public static string SchemaPathOf(string schema) => Path.Combine(Directory, schema);

    public static ConformanceCase Find(string id) =>
        Cases.SingleOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No conformance case \"{id}\".");

    private static List<ConformanceCase> LoadCases()
    {
        var cases = new List<ConformanceCase>();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Directory, "cases"), "*.json").Order(StringComparer.Ordinal))
        {
            var group = Path.GetFileNameWithoutExtension(file);
            var (schema, entries) = JsonNode.Parse(File.ReadAllText(file)) switch
            {
                JsonArray array => (DefaultSchema, array),
                JsonObject { } wrapper when wrapper["schema"]?.GetValue<string>() is { } named && wrapper["cases"] is JsonArray array => (named, array),
                _ => throw new InvalidDataException($"{file}: expected a JSON array of cases, or {{ \"schema\", \"cases\" }}."),
            };
            if (Path.GetFileName(schema) != schema || !File.Exists(SchemaPathOf(schema)))
            {
                throw new InvalidDataException($"{file}: the schema \"{schema}\" is not a file of {Directory}.");
            }

            foreach (var entry in entries)
            {
                cases.Add(ReadCase(file, group, schema, entry as JsonObject ?? throw new InvalidDataException($"{file}: every case must be an object.")));
            }
        }

        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? cases : throw new InvalidDataException($"Conformance case \"{duplicate.Key}\" is defined twice.");
    }

    private static ConformanceCase ReadCase(string file, string group, string schema, JsonObject entry)
    {
        var name = entry["name"]?.GetValue<string>() ?? throw new InvalidDataException($"{file}: a case has no name.");
        var query = entry["query"]?.GetValue<string>() ?? throw new InvalidDataException($"{file}: case \"{name}\" has no query.");
        var variables = entry["variables"] switch
        {
            null => null,
            JsonObject map => map,
            _ => throw new InvalidDataException($"{file}: case \"{name}\" has variables that are not an object."),
        };
        return new ConformanceCase($"{group}/{name}", query, variables, entry["operationName"]?.GetValue<string>(), schema);
    }

    private static Dictionary<string, string> LoadKnownDisagreements()
    {
        if (!File.Exists(KnownDisagreementsPath))
        {
            return [];
        }

        var entries = JsonSerializer.Deserialize<List<KnownDisagreement>>(File.ReadAllText(KnownDisagreementsPath), JsonOptions)
            ?? throw new InvalidDataException($"{KnownDisagreementsPath}: expected a JSON array.");
        return entries.ToDictionary(entry => entry.Case, entry => entry.Reason, StringComparer.Ordinal);
    }

    private sealed record KnownDisagreement(string Case, string Reason);
}
