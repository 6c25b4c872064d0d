using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// The fields that read one relationship type from one end of an entity (<c>coBuiltBy</c>): each is
/// <c>relations(types: [X], direction: …)</c> under another name, so all but a few are deprecated and go in the next
/// release (graph-schema/CHANGES.md).
/// </summary>
internal static class RelationshipShortcuts
{
    /// <summary>
    /// The shortcuts that stay, each read on every row of a list a dashboard shows, where the alias-free name keeps the
    /// row's query short: the builders of each lab (the co-built labs list, README's first example), the signatories of
    /// each agreement or jointly signed plan ("agreements and who signed them"), and the funders of each fund, lab or
    /// zone with the amounts (the money chart's drill-down).
    /// </summary>
    public static IReadOnlySet<(string Type, Direction Direction)> Kept { get; } = new HashSet<(string, Direction)>
    {
        ("CO_BUILDS", Direction.Incoming),
        ("PARTY_TO", Direction.Incoming),
        ("FUNDS", Direction.Incoming),
    };

    /// <summary>The shortcut fields of a label, one per relationship type it may start or end; names in <paramref name="taken"/> are avoided.</summary>
    public static IEnumerable<FieldDeclaration> Of(GraphModel model, string label, HashSet<string> taken)
    {
        foreach (var type in model.RelationshipTypes)
        {
            if (type.FromLabels.Any(from => model.IsA(label, from)))
            {
                yield return Field(Unique(SchemaNames.Outgoing(type.Name), taken), type, Direction.Outgoing);
            }

            if (type.ToLabels.Any(to => model.IsA(label, to)))
            {
                yield return Field(Unique(SchemaNames.Incoming(type.Name), taken), type, Direction.Incoming);
            }
        }
    }

    private static FieldDeclaration Field(string name, RelationshipTypeDefinition type, Direction direction)
    {
        var types = new[] { type.Name };
        if (Kept.Contains((type.Name, direction)))
        {
            var reading = direction == Direction.Outgoing ? "to" : "from";
            return Field($"`{type.Name}` relationships {reading} other entities: {SchemaNames.Describe(type.Description, type.Name)}.");
        }

        // Printed on one line: the reason says what replaces the field, the replacement's own documentation the rest.
        var reason = $"Use relations(types: [{type.Name}], direction: {(direction == Direction.Outgoing ? "OUT" : "IN")}).";
        return Field(null).Deprecated(reason).Terse();

        FieldDeclaration Field(string? description) => new(
            name,
            "[Relation!]!",
            description,
            [EntityFields.RelationsFirst],
            context => EntityFields.RelationsAsync(context, new RelationshipSelection(types, direction, EntityFields.RelationsFirst.Read(context))));
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = taken.Contains(name) ? name + "Relations" : name;
        taken.Add(candidate);
        return candidate;
    }
}
