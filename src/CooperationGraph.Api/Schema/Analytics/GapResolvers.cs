using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Binds the collaboration-gap fields; records from <see cref="CollaborationGapAnalysis"/> resolve by property name.</summary>
internal static class GapResolvers
{
    public static void Bind(SchemaBindings bindings, AnalyticsContext analytics)
    {
        bindings.Enum("MatrixLevel", new Dictionary<string, object> { ["CITY"] = MatrixLevel.City, ["PROVINCE"] = MatrixLevel.Province });
        bindings.Resolve("Query", "cooperationMatrix", context =>
            {
                var level = AnalyticsArguments.Level.Read(context);
                var statuses = StatusArgument.Counted.Read(context);
                return analytics.RunAsync(context, graph => graph.Gaps.Matrix(level, statuses));
            })
            .Resolve("Query", "matrixCell", context =>
            {
                var (row, column) = (context.GetArgument<string>("row")!, context.GetArgument<string>("column")!);
                var statuses = AnalyticsArguments.CellStatus.Read(context);
                return analytics.RunAsync(context, graph => graph.Gaps.FindCell(row, column, statuses));
            })
            .Resolve("Query", "sectorCoverage", context => analytics.RunAsync(context, graph => graph.Gaps.SectorGaps))
            .Resolve("Query", "collaborationGaps", context => analytics.RunAsync(context, graph => graph.Gaps))
            .Resolve("Query", "plansWithoutFollowUp", context =>
            {
                var first = AnalyticsArguments.PlansFirst.Read(context);
                return analytics.RunAsync(context, graph => graph.Gaps.PlansWithoutFollowUp.Take(first).ToList());
            })
            .Resolve("Query", "recommendPartners", context =>
            {
                var first = AnalyticsArguments.RecommendationsFirst.Read(context);
                return analytics.RunAsync(context, graph => graph.Result("partners|" + first, () => graph.Gaps.RecommendPartners(first)));
            });
        bindings.Resolve("CooperationMatrix", "guangxiCityIds", context => Matrix(context).GuangxiCityIds)
            .Resolve("CooperationMatrix", "rows", (FieldResolver)(context => AsObjectAsync(NodesAsync(context, Matrix(context).GuangxiCityIds))))
            .Resolve("CooperationMatrix", "columns", (FieldResolver)(context => AsObjectAsync(NodesAsync(context, Matrix(context).GreaterBayAreaCityIds))))
            .Resolve("CooperationMatrix", "greaterBayAreaCityIds", context => Matrix(context).GreaterBayAreaCityIds)
            .Resolve("CooperationMatrix", "cells", context =>
                AnalyticsArguments.NonEmptyOnly.Read(context) ? Matrix(context).Cells.Where(cell => cell.Count > 0).ToList() : Matrix(context).Cells);
        bindings.Resolve("CollaborationGaps", "sectors", context => Gaps(context).SectorGaps)
            .Resolve("CollaborationGaps", "institutions", context =>
                Gaps(context).GuangxiInstitutionsWithoutBayAreaPartner.Concat(Gaps(context).BayAreaInstitutionsWithSingleGuangxiPartner).ToList())
            .Resolve("CollaborationGaps", "plans", context => Gaps(context).PlansWithoutFollowUp)
            .Resolve("CollaborationGaps", "emptyCells", context => Gaps(context).CooperationMatrix.Cells.Where(cell => cell.Count == 0).ToList());
        Fields<MatrixCell>(bindings, "MatrixCell", new()
        {
            ["guangxiCityId"] = cell => cell.GuangxiCityId,
            ["row"] = cell => new NodeRef(cell.GuangxiCityId),
            ["column"] = cell => new NodeRef(cell.GreaterBayAreaCityId),
            ["greaterBayAreaCityId"] = cell => cell.GreaterBayAreaCityId,
            ["count"] = cell => cell.Count,
            ["kinds"] = cell => cell.Kinds,
            ["links"] = cell => cell.Links,
            ["explanation"] = cell => cell.Explanation,
        });
        Fields<CityLink>(bindings, "CityLink", new()
        {
            ["id"] = link => link.Id,
            ["artefact"] = link => link.Kind == CityLinkKind.SharedHub ? new NodeRef(link.Id) : null,
            ["kind"] = link => link.Kind,
            ["status"] = link => link.Status,
            ["rowParties"] = link => new NodeRefs(link.RowPartyIds),
            ["columnParties"] = link => new NodeRefs(link.ColumnPartyIds),
            ["relationships"] = link => link.Relationships.Select(relationship => new RelationView(
                relationship, link.Kind == CityLinkKind.SharedHub && relationship.ToId == link.Id ? link.Id : relationship.FromId)).ToList(),
            ["relationshipTypes"] = link => link.RelationshipTypes,
            ["explanation"] = link => link.Explanation,
            ["evidence"] = link => link.Evidence,
        });
        Fields<GapEvidence>(bindings, "GapEvidence", new()
        {
            ["entityIds"] = evidence => evidence.EntityIds,
            ["entities"] = evidence => new NodeRefs(evidence.EntityIds),
            ["relationshipIds"] = evidence => evidence.RelationshipIds,
            ["relationships"] = evidence => evidence.Relationships.Select(FromStart).ToList(),
            ["sources"] = evidence => evidence.Sources,
        });
        Fields<SectorGap>(bindings, "SectorGap", new()
        {
            ["sectorId"] = gap => gap.SectorId,
            ["sectorName"] = gap => gap.SectorName,
            ["sector"] = gap => new NodeRef(gap.SectorId),
            ["guangxiActors"] = gap => new NodeRefs(gap.GuangxiActorIds),
            ["guangxiActorIds"] = gap => gap.GuangxiActorIds,
            ["activityIds"] = gap => gap.ActivityIds,
            ["activities"] = gap => new NodeRefs(gap.ActivityIds),
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<InstitutionGap>(bindings, "InstitutionGap", new()
        {
            ["kind"] = gap => gap.Kind,
            ["institutionId"] = gap => gap.InstitutionId,
            ["institutionName"] = gap => gap.InstitutionName,
            ["institution"] = gap => new NodeRef(gap.InstitutionId),
            ["partners"] = gap => new NodeRefs(gap.PartnerIds),
            ["partnerIds"] = gap => gap.PartnerIds,
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<PlanGap>(bindings, "PlanGap", new()
        {
            ["relationshipId"] = gap => gap.RelationshipId,
            ["relationship"] = gap => FromStart(gap.Evidence.Relationships.Single(relationship => relationship.Id == gap.RelationshipId)),
            ["type"] = gap => gap.Type,
            ["fromId"] = gap => gap.FromId,
            ["toId"] = gap => gap.ToId,
            ["from"] = gap => new NodeRef(gap.FromId),
            ["to"] = gap => new NodeRef(gap.ToId),
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<PartnerRecommendation>(bindings, "PartnerRecommendation", new()
        {
            ["guangxiInstitutionId"] = pair => pair.GuangxiInstitutionId,
            ["greaterBayAreaInstitutionId"] = pair => pair.GreaterBayAreaInstitutionId,
            ["guangxiInstitution"] = pair => new NodeRef(pair.GuangxiInstitutionId),
            ["greaterBayAreaInstitution"] = pair => new NodeRef(pair.GreaterBayAreaInstitutionId),
            ["score"] = pair => pair.Score,
            ["adamicAdar"] = pair => pair.Components.AdamicAdar,
            ["resourceAllocation"] = pair => pair.Components.ResourceAllocation,
            ["jaccard"] = pair => pair.Components.Jaccard,
            ["sectorSimilarity"] = pair => pair.Components.AttributeSimilarity,
            ["sharedSectorIds"] = pair => pair.SharedSectorIds,
            ["sharedSectors"] = pair => new NodeRefs(pair.SharedSectorIds),
            ["commonPartnerIds"] = pair => pair.CommonPartnerIds,
            ["commonPartners"] = pair => new NodeRefs(pair.CommonPartnerIds),
            ["pathEntityIds"] = pair => pair.PathEntityIds,
            ["path"] = pair => new NodeRefs(pair.PathEntityIds),
            ["explanation"] = pair => pair.Explanation,
            ["evidence"] = pair => pair.Evidence,
        });
    }

    private static void Fields<T>(SchemaBindings bindings, string typeName, Dictionary<string, Func<T, object?>> fields)
    {
        foreach (var (name, read) in fields)
        {
            bindings.Resolve(typeName, name, (FieldResolver)(context => read((T)context.Source!) switch
            {
                NodeRef node => AsObjectAsync(GraphLoaders.From(context).NodeAsync(node.Id)),
                NodeRefs nodes => AsObjectAsync(NodesAsync(context, nodes.Ids)),
                var value => ValueTask.FromResult(value),
            }));
        }
    }

    /// <summary>The entities of some ids, in order, through the request's batched node loader (unknown ids left out).</summary>
    private static async Task<object?> NodesAsync(ResolveFieldContext context, IEnumerable<string> ids)
    {
        var loaders = GraphLoaders.From(context);
        return (await Task.WhenAll(ids.Select(loaders.NodeAsync)).ConfigureAwait(false)).OfType<GraphNode>().ToList();
    }

    // A relationship an analytics result rests on, read from its start as the root connection reads it.
    private static RelationView FromStart(GraphRelationship relationship) => new(relationship, relationship.FromId);

    private static async ValueTask<object?> AsObjectAsync<T>(Task<T> task) => await task.ConfigureAwait(false);

    // An id a field resolves to the entity's node, beside the id field itself.
    private sealed record NodeRef(string Id);

    private sealed record NodeRefs(IEnumerable<string> Ids);

    private static CooperationMatrix Matrix(ResolveFieldContext context) => (CooperationMatrix)context.Source!;

    private static CollaborationGapAnalysis Gaps(ResolveFieldContext context) => (CollaborationGapAnalysis)context.Source!;
}
