using System.Globalization;
using System.Text;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Api.Schema;

/// <summary>How graph model names become GraphQL names.</summary>
internal static class SchemaNames
{
    // Reading a relationship from its end needs an English verb phrase no rule derives; types not listed read as
    // `<type>Incoming`, so a new relationship type still flows into the schema.
    private static readonly Dictionary<string, string> IncomingNames = new(StringComparer.Ordinal)
    {
        ["ISSUED"] = "issuedBy",
        ["ADDRESSED_TO"] = "addressedBy",
        ["LEAD_HANDLER_OF"] = "leadHandlers",
        ["CO_HANDLER_OF"] = "coHandlers",
        ["ANSWERS"] = "answeredBy",
        ["SUBMITTED"] = "submittedBy",
        ["PARTY_TO"] = "parties",
        ["COOPERATES_WITH"] = "cooperatedWithBy",
        ["CO_BUILDS"] = "coBuiltBy",
        ["HOSTS"] = "hostedBy",
        ["HAS_BRANCH"] = "branchOf",
        ["SETS_UP_BRANCH_IN"] = "branchesSetUpBy",
        ["PART_OF"] = "hasParts",
        ["LOCATED_IN"] = "locationOf",
        ["FUNDS"] = "fundedBy",
        ["SUPPORTS"] = "supportedBy",
        ["PROMOTES"] = "promotedBy",
        ["WORKS_FOR"] = "employs",
        ["RECOMMENDED"] = "recommendedBy",
        ["SECONDED_TO"] = "secondees",
        ["ORGANISES"] = "organisedBy",
        ["PARTICIPATES_IN"] = "participants",
        ["ISSUES"] = "issuedBy",
        ["IMPLEMENTS"] = "implementedBy",
        ["TARGETS"] = "targetedBy",
        ["IN_SECTOR"] = "sectorMembers",
        ["MEASURES"] = "measuredBy",
    };

    /// <summary><c>CO_BUILDS</c> read from its start: <c>coBuilds</c>.</summary>
    public static string Outgoing(string relationshipType)
    {
        var words = relationshipType.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var name = new StringBuilder(words[0].ToLowerInvariant());
        foreach (var word in words.Skip(1))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
        }

        return name.ToString();
    }

    /// <summary><c>CO_BUILDS</c> read from its end: <c>coBuiltBy</c>.</summary>
    public static string Incoming(string relationshipType) =>
        IncomingNames.TryGetValue(relationshipType, out var name) ? name : Outgoing(relationshipType) + "Incoming";

    /// <summary><c>state-owned</c> and <c>GreaterBayArea</c> as enum values: <c>STATE_OWNED</c>, <c>GREATER_BAY_AREA</c>.</summary>
    public static string EnumValue(string modelValue) => EnumValueName.Of(modelValue);

    /// <summary><c>bloc</c> as a type name: <c>Bloc</c>.</summary>
    public static string Pascal(string camel) => char.ToUpper(camel[0], CultureInfo.InvariantCulture) + camel[1..];

    /// <summary>A bilingual description as one line: <c>English (中文)</c>.</summary>
    public static string Describe(LocalizedText? text, string fallback) => text switch
    {
        { En: { } en, Zh: { } zh } => $"{en} ({zh})",
        { En: { } en } => en,
        { Zh: { } zh } => zh,
        _ => fallback,
    };

    /// <summary>A text as a one-line SDL string.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>A description as an SDL block string.</summary>
    public static string Block(string description) => "\"\"\"" + description.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal) + "\"\"\"";
}
