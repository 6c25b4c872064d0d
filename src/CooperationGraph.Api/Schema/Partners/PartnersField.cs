using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>The <c>partners</c> root field: the ties of an entity's actors to actors outside it.</summary>
internal static class PartnersField
{
    private static readonly ValueArgument<string> Of =
        new("of", "ID!", "The entity whose partners are wanted: an actor, a region (city, province, SAR) or an artefact.");

    private static readonly ValueArgument<string> Bloc = new("bloc", "Bloc", "Keep only partners placed in this bloc (the walk itself crosses any bloc).");

    private static readonly IntArgument Depth =
        new("depth", "Ties away", 1, 4, 1, note: "1 gives the entity's own partners, 2 adds the partners of those.");

    private static readonly IntArgument First = new("first", "At most this many partnerships", 1, 1000, 100);

    public static FieldDeclaration Declare(AnalyticsContext analytics) => new(
        "partners",
        "[Partnership!]!",
        """
        Partners of an entity: the ties of every actor it stands for (itself when it acts; for a region, every actor
        placed in it, its sub-regions included; for an artefact, the actors taking part in it) to actors outside it,
        nearest first, then by local actor, partner and artefact. A tie is a cooperation relationship between two actors
        or an artefact both take part in; support from a funder or government, an actor's own units and branches, and
        placement or classification links make none. One partnership per tie.
        """,
        [Of, Bloc, StatusArgument.Counted, Depth, First],
        context => UserInputError.GuardAsync(async () => await PartnersAsync(context, analytics).ConfigureAwait(false)));

    private static async Task<object?> PartnersAsync(ResolveFieldContext context, AnalyticsContext analytics)
    {
        var origin = Of.Required(context);
        var statuses = StatusArgument.Counted.Read(context);
        var depth = Depth.Read(context);
        var first = First.Read(context);
        var model = await analytics.CooperationAsync(context).ConfigureAwait(false);
        if (!model.Nodes.ContainsKey(origin))
        {
            throw UserInputError.Create($"No entity has the id '{origin}'.");
        }

        return model.Partners(origin, Bloc.Read(context), statuses, depth, first)
            .Select(partnership => new PartnershipView(partnership, model.PlacementOf(partnership.Partner.Id).Bloc))
            .ToList();
    }
}
