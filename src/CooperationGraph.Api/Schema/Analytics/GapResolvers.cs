using CooperationGraph.Analytics.Gaps;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Binds the collaboration-gap fields; records from <see cref="CollaborationGapAnalysis"/> resolve by property name.</summary>
internal static class GapResolvers
{
    public static void Bind(SchemaBindings bindings, AnalyticsContext analytics)
    {
        bindings.Resolve("Query", "cooperationMatrix", context => analytics.RunAsync(context, graph => graph.Gaps.CooperationMatrix))
            .Resolve("Query", "sectorCoverage", context => analytics.RunAsync(context, graph => graph.Gaps.SectorGaps))
            .Resolve("Query", "collaborationGaps", context => analytics.RunAsync(context, graph => graph.Gaps))
            .Resolve("Query", "plansWithoutFollowUp", context =>
            {
                var first = AnalyticsArguments.Int(context, "first", 100, 1, 1000);
                return analytics.RunAsync(context, graph => graph.Gaps.PlansWithoutFollowUp.Take(first).ToList());
            })
            .Resolve("Query", "recommendPartners", context =>
            {
                var first = AnalyticsArguments.Int(context, "first", 10, 1, 100);
                return analytics.RunAsync(context, graph => graph.Result("partners|" + first, () => graph.Gaps.RecommendPartners(first)));
            });
        bindings.Resolve("CooperationMatrix", "guangxiCityIds", context => Matrix(context).GuangxiCityIds)
            .Resolve("CooperationMatrix", "greaterBayAreaCityIds", context => Matrix(context).GreaterBayAreaCityIds)
            .Resolve("CooperationMatrix", "cells", context =>
                context.GetArgument<bool?>("nonEmptyOnly") is true ? Matrix(context).Cells.Where(cell => cell.Count > 0).ToList() : Matrix(context).Cells);
        bindings.Resolve("CollaborationGaps", "sectors", context => Gaps(context).SectorGaps)
            .Resolve("CollaborationGaps", "institutions", context =>
                Gaps(context).GuangxiInstitutionsWithoutBayAreaPartner.Concat(Gaps(context).BayAreaInstitutionsWithSingleGuangxiPartner).ToList())
            .Resolve("CollaborationGaps", "plans", context => Gaps(context).PlansWithoutFollowUp)
            .Resolve("CollaborationGaps", "emptyCells", context => Gaps(context).CooperationMatrix.Cells.Where(cell => cell.Count == 0).ToList());
        Fields<MatrixCell>(bindings, "MatrixCell", new()
        {
            ["guangxiCityId"] = cell => cell.GuangxiCityId,
            ["greaterBayAreaCityId"] = cell => cell.GreaterBayAreaCityId,
            ["count"] = cell => cell.Count,
            ["kinds"] = cell => cell.Kinds,
            ["links"] = cell => cell.Links,
            ["explanation"] = cell => cell.Explanation,
        });
        Fields<CityLink>(bindings, "CityLink", new()
        {
            ["id"] = link => link.Id,
            ["kind"] = link => link.Kind,
            ["relationshipTypes"] = link => link.RelationshipTypes,
            ["explanation"] = link => link.Explanation,
            ["evidence"] = link => link.Evidence,
        });
        Fields<GapEvidence>(bindings, "GapEvidence", new()
        {
            ["entityIds"] = evidence => evidence.EntityIds,
            ["relationshipIds"] = evidence => evidence.RelationshipIds,
            ["sources"] = evidence => evidence.Sources,
        });
        Fields<SectorGap>(bindings, "SectorGap", new()
        {
            ["sectorId"] = gap => gap.SectorId,
            ["sectorName"] = gap => gap.SectorName,
            ["guangxiActorIds"] = gap => gap.GuangxiActorIds,
            ["activityIds"] = gap => gap.ActivityIds,
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<InstitutionGap>(bindings, "InstitutionGap", new()
        {
            ["kind"] = gap => gap.Kind,
            ["institutionId"] = gap => gap.InstitutionId,
            ["institutionName"] = gap => gap.InstitutionName,
            ["partnerIds"] = gap => gap.PartnerIds,
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<PlanGap>(bindings, "PlanGap", new()
        {
            ["relationshipId"] = gap => gap.RelationshipId,
            ["type"] = gap => gap.Type,
            ["fromId"] = gap => gap.FromId,
            ["toId"] = gap => gap.ToId,
            ["explanation"] = gap => gap.Explanation,
            ["evidence"] = gap => gap.Evidence,
        });
        Fields<PartnerRecommendation>(bindings, "PartnerRecommendation", new()
        {
            ["guangxiInstitutionId"] = pair => pair.GuangxiInstitutionId,
            ["greaterBayAreaInstitutionId"] = pair => pair.GreaterBayAreaInstitutionId,
            ["score"] = pair => pair.Score,
            ["adamicAdar"] = pair => pair.Components.AdamicAdar,
            ["resourceAllocation"] = pair => pair.Components.ResourceAllocation,
            ["jaccard"] = pair => pair.Components.Jaccard,
            ["sectorSimilarity"] = pair => pair.Components.AttributeSimilarity,
            ["sharedSectorIds"] = pair => pair.SharedSectorIds,
            ["commonPartnerIds"] = pair => pair.CommonPartnerIds,
            ["pathEntityIds"] = pair => pair.PathEntityIds,
            ["explanation"] = pair => pair.Explanation,
            ["evidence"] = pair => pair.Evidence,
        });
    }

    private static void Fields<T>(SchemaBindings bindings, string typeName, Dictionary<string, Func<T, object?>> fields)
    {
        foreach (var (name, read) in fields)
        {
            bindings.Resolve(typeName, name, context => read((T)context.Source!));
        }
    }

    private static CooperationMatrix Matrix(ResolveFieldContext context) => (CooperationMatrix)context.Source!;

    private static CollaborationGapAnalysis Gaps(ResolveFieldContext context) => (CollaborationGapAnalysis)context.Source!;
}
