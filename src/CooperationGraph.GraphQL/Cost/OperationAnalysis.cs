using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// What the engine works out about an operation once and reuses for every request of the same cached document: the
/// depth, field and alias checks, the cost plan, and the estimated cost when no slicing argument is a variable.
/// Entries live as long as their operation node, that is as long as the document cache keeps the document.
/// </summary>
internal sealed class OperationAnalysis
{
    // -1 until an estimate that read no variable is known; a long is written whole, a long? could be read torn.
    private long _fixedCost = -1;

    private OperationAnalysis(IReadOnlyList<GraphQLError> limitErrors, CostPlan? plan)
    {
        LimitErrors = limitErrors;
        Plan = plan;
    }

    public IReadOnlyList<GraphQLError> LimitErrors { get; }

    public CostPlan? Plan { get; }

    /// <summary>The analysis of an operation, from <paramref name="analyses"/> (one table per engine: it depends on the schema and limits).</summary>
    public static OperationAnalysis Of(
        ConditionalWeakTable<OperationDefinitionNode, OperationAnalysis> analyses,
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        QueryLimits limits) =>
        analyses.GetValue(operation, _ =>
        {
            var errors = QueryComplexityAnalyzer.Check(schema, document, operation, limits);
            return new OperationAnalysis(errors, errors.Count == 0 ? CostPlan.Build(schema, document, operation) : null);
        });

    /// <summary>The estimated cost for these variables; refusals (over the limit, slicing arguments missing) in <paramref name="errors"/>.</summary>
    public long RequestedCost(IReadOnlyDictionary<string, object?>? variables, QueryLimits limits, List<GraphQLError> errors)
    {
        var known = Volatile.Read(ref _fixedCost);
        if (known >= 0)
        {
            Refuse(known, limits, errors);
            return known;
        }

        var before = errors.Count;
        var cost = CostCalculator.Requested(Plan!, variables, limits.DefaultListSize, out var readVariables, errors);
        if (!readVariables && errors.Count == before)
        {
            Volatile.Write(ref _fixedCost, cost);
        }

        Refuse(cost, limits, errors);
        return cost;
    }

    private static void Refuse(long cost, QueryLimits limits, List<GraphQLError> errors)
    {
        if (cost > limits.MaxCost)
        {
            errors.Add(Limits.LimitErrors.Exceeded(
                "maxCost",
                $"Query cost {cost} exceeds the maximum cost of {limits.MaxCost}: ask for fewer items (first, last, limit) or fewer nested lists."));
        }
    }
}
