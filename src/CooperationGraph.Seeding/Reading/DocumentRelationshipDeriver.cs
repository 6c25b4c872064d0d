using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Reading;

/// <summary>
/// Turns a document's <c>issuer</c>, <c>addressee</c>, <c>leadAgency</c> and <c>coHandlingAgencies</c> into
/// relationships, quoting the heading, preamble or closing line that names the agency.
/// </summary>
/// <remarks>
/// The type names are the ones <c>seed-data/README.md</c> gives; should the model spell one differently,
/// the first alternative it declares is used (the mapping below). The direction follows the model: the
/// document is the start node only where the type's <c>from</c> labels admit documents and its <c>to</c>
/// labels do not, or, when both or neither do, where the README reads it so (<c>ADDRESSED_TO</c>).
/// </remarks>
internal static class DocumentRelationshipDeriver
{
    private static readonly FieldMapping[] Mappings =
    [
        new("issuer", ["ISSUED", "ISSUER_OF"], DocumentAtStart: false, ["closing", "heading", "preamble"]),
        new("addressee", ["ADDRESSED_TO", "ADDRESSEE_OF"], DocumentAtStart: true, ["heading", "preamble", "closing"]),
        new("leadAgency", ["LEAD_HANDLER_OF", "LEADS_HANDLING_OF", "LEAD_AGENCY_OF"], DocumentAtStart: false, ["preamble", "heading", "closing"]),
        new("coHandlingAgencies", ["CO_HANDLER_OF", "CO_HANDLES", "CO_HANDLING_AGENCY_OF"], DocumentAtStart: false, ["preamble", "heading", "closing"]),
    ];

    public static void Derive(GraphModel model, SeedSet set, SeedErrorCollector errors)
    {
        var names = NamesById(set);
        foreach (var document in set.Documents)
        {
            foreach (var mapping in Mappings)
            {
                foreach (var agency in AgenciesOf(document, mapping.Field))
                {
                    if (Derive(model, set, document, mapping, agency, names, errors) is { } relation)
                    {
                        set.Relations.Add(relation);
                    }
                }
            }
        }
    }

    private static RelationRecord? Derive(
        GraphModel model, SeedSet set, DocumentRecord document, FieldMapping mapping, Located agency, Dictionary<string, List<string>> names, SeedErrorCollector errors)
    {
        if (mapping.TypeNames.Select(model.FindRelationshipType).FirstOrDefault(type => type is not null) is not { } type)
        {
            errors.Add(agency.At, $"the graph model declares no relationship type for a document's '{mapping.Field}' (expected one of: {string.Join(", ", mapping.TypeNames)})");
            return null;
        }

        var sources = new List<SourceRecord>();
        if (set.DocumentTexts.TryGetValue(document.Id.Value, out var text) && names.TryGetValue(agency.Value, out var agencyNames))
        {
            // Without a quote the relationship is still checked against the model, so all its errors show at once.
            if (LetterLandmarks.Find(text, agencyNames, mapping.SectionOrder) is { } found)
            {
                sources.Add(new SourceRecord(agency.At, new Located(document.Id.Value, agency.At), new Located(found.Section, agency.At), new Located(found.Quote, agency.At)));
            }
            else
            {
                errors.Add(agency.At, $"{mapping.Field} '{agency.Value}' of '{document.Id.Value}': the letter's heading, preamble and closing never write its name or an alias ({string.Join(", ", agencyNames)}); add the form the letter uses to its aliases");
            }
        }
        else if (!document.IsLetter)
        {
            sources.Add(new SourceRecord(agency.At, new Located(document.Id.Value, agency.At), null, null));
        }

        var documentNode = new Located(document.Id.Value, agency.At);
        var atStart = DocumentAtStart(model, type, mapping.DocumentAtStart);
        return new RelationRecord(
            agency.At, new Located(type.Name, agency.At), atStart ? documentNode : agency, atStart ? agency : documentNode, Id: null, Role: null,
            Date: null, Amount: null, RelationshipStatus.Implemented, [], sources, new DocumentField(document, mapping.Field));
    }

    private static bool DocumentAtStart(GraphModel model, RelationshipTypeDefinition type, bool byDefault)
    {
        const string document = "Document";
        var fromAdmits = type.FromLabels.Any(label => model.IsA(document, label));
        var toAdmits = type.ToLabels.Any(label => model.IsA(document, label));
        return fromAdmits == toAdmits ? byDefault : fromAdmits;
    }

    private static IEnumerable<Located> AgenciesOf(DocumentRecord document, string field) => field switch
    {
        "issuer" => document.Issuer is { } issuer ? [issuer] : [],
        "addressee" => document.Addressee is { } addressee ? [addressee] : [],
        "leadAgency" => document.LeadAgency is { } lead ? [lead] : [],
        _ => document.CoHandlingAgencies,
    };

    private static Dictionary<string, List<string>> NamesById(SeedSet set)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entity in set.Definitions)
        {
            var list = names.TryGetValue(entity.Id.Value, out var existing) ? existing : names[entity.Id.Value] = [];
            list.AddRange(entity.Name is null ? [] : [entity.Name]);
        }

        foreach (var entity in set.Entities.Where(entity => names.ContainsKey(entity.Id.Value)))
        {
            names[entity.Id.Value].AddRange(entity.Aliases.Select(alias => alias.Value));
        }

        return names;
    }

    private sealed record FieldMapping(string Field, IReadOnlyList<string> TypeNames, bool DocumentAtStart, IReadOnlyList<string> SectionOrder);
}
