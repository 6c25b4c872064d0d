using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds the value types: relations, sources, stated dates and amounts, bilingual texts, and the enums.</summary>
internal static class ValueResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        bindings.Resolve("Relation", "id", context => View(context).Relationship.Id)
            .Resolve("Relation", "type", context => View(context).Relationship.Type)
            .Resolve("Relation", "direction", context => View(context).IsOutgoing ? "OUT" : "IN")
            .Resolve("Relation", "other", context => GraphLoaders.From(context).NodeValueAsync(View(context).OtherId))
            .Resolve("Relation", "start", context => GraphLoaders.From(context).NodeValueAsync(View(context).Relationship.FromId))
            .Resolve("Relation", "end", context => GraphLoaders.From(context).NodeValueAsync(View(context).Relationship.ToId))
            .Resolve("Relation", "from", context => View(context).Relationship.FromId)
            .Resolve("Relation", "to", context => View(context).Relationship.ToId)
            .Resolve("Relation", "role", context => View(context).Relationship.Role)
            .Resolve("Relation", "date", context => View(context).Relationship.Date)
            .Resolve("Relation", "amount", context => View(context).Relationship.Amount)
            .Resolve("Relation", "amountPeriod", context => AmountAccount.Period(View(context).Relationship))
            .Resolve("Relation", "amountReportedBy", async context => await AmountAccount.ReporterAsync(context, View(context).Relationship).ConfigureAwait(false))
            .Resolve("Relation", "status", context => View(context).Relationship.Status)
            .Resolve("Relation", "sources", context => View(context).Relationship.Sources);
        bindings.Resolve("Source", "document", context => GraphLoaders.From(context).NodeValueAsync(((Provenance)context.Source!).DocumentId))
            .Resolve("Source", "quote", context => ((Provenance)context.Source!).Quote ?? string.Empty)
            .Resolve("Source", "section", context => ((Provenance)context.Source!).Section);
        bindings.Resolve("StatedDate", "text", context => ((StatedDate)context.Source!).Text)
            .Resolve("StatedDate", "value", context => ((StatedDate)context.Source!).Value)
            .Resolve("StatedDate", "precision", context => ((StatedDate)context.Source!).Precision)
            .Resolve("StatedDate", "end", context => ((StatedDate)context.Source!).End);
        bindings.Resolve("StatedAmount", "text", context => ((StatedAmount)context.Source!).Text)
            .Resolve("StatedAmount", "value", context => (double)((StatedAmount)context.Source!).Value)
            .Resolve("StatedAmount", "currency", context => ((StatedAmount)context.Source!).Currency)
            .Resolve("StatedAmount", "unit", context => ((StatedAmount)context.Source!).Unit);
        bindings.Resolve("LocalizedText", "en", context => ((LocalizedText)context.Source!).En)
            .Resolve("LocalizedText", "zh", context => ((LocalizedText)context.Source!).Zh);
        bindings.Enum("AmountPeriod", new Dictionary<string, object>
        {
            ["ONE_OFF"] = "one-off",
            ["PER_YEAR"] = "per-year",
            ["CUMULATIVE"] = "cumulative",
        });
        bindings.Enum("RelationshipStatus", new Dictionary<string, object>
        {
            ["PLANNED"] = RelationshipStatus.Planned,
            ["IMPLEMENTED"] = RelationshipStatus.Implemented,
            ["ONGOING"] = RelationshipStatus.Ongoing,
        });
        bindings.Enum("DatePrecision", new Dictionary<string, object>
        {
            ["YEAR"] = DatePrecision.Year,
            ["MONTH"] = DatePrecision.Month,
            ["DAY"] = DatePrecision.Day,
        });
    }

    // Lists other than an entity's relations (paths, neighbourhoods, partnerships, a letter's) hold the relationships
    // themselves: read from their start.
    private static RelationView View(ResolveFieldContext context) => context.Source switch
    {
        RelationView view => view,
        GraphRelationship relationship => new RelationView(relationship, relationship.FromId),
        _ => throw new InvalidOperationException($"A Relation resolves from a relationship, not {context.Source?.GetType().Name ?? "null"}."),
    };
}
