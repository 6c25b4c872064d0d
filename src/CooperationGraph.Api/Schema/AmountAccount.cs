using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// How a relationship's stated amount is to be read: the period it covers and who reports it, from the <c>period</c>
/// and <c>reportedBy</c> properties the graph model declares on money relationships. Sums stay the counts' business;
/// these let a client tell a yearly amount from a one-off one and two reports of the same money apart.
/// </summary>
internal static class AmountAccount
{
    public static object? Period(GraphRelationship relationship) =>
        relationship.Amount is null ? null : relationship.Properties.GetValueOrDefault("period") as string;

    public static async Task<object?> ReporterAsync(ResolveFieldContext context, GraphRelationship relationship) =>
        relationship.Amount is not null && relationship.Properties.GetValueOrDefault("reportedBy") is string reporterId
            ? await GraphLoaders.From(context).NodeAsync(reporterId).ConfigureAwait(false)
            : null;
}
