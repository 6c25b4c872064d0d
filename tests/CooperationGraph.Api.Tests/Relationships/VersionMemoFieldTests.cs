using System.Globalization;
using System.Text.Json;
using CooperationGraph.Analytics.Caching;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Tests.Schema;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Limits;

namespace CooperationGraph.Api.Tests.Relationships;

/// <summary>
/// The aggregates and the analytics fields keep their whole-graph answers in one memo per graph version, whose keys are
/// the clients' arguments: however many distinct arguments clients send, it keeps at most
/// <see cref="AnalysedGraph.MaxKeptResults"/>, and every answer, kept, dropped and computed again, or computed by a
/// service that kept nothing, is the same.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class VersionMemoFieldTests(SeededGraph graph)
{
    private const string Aggregate = "{ relationshipAggregate(by: [TYPE, STATUS]) { keys names count amountCount amountSum possibleDuplicateAmountSum } }";
    private const string Entities = "{ entityAggregate(by: [LABEL]) { keys count } }";
    private const string Centrality = "{ centrality(measure: PAGERANK, first: 50) { id score } }";

    [Fact]
    public async Task Many_distinct_arguments_keep_no_more_than_the_bound_and_every_answer_stays_the_uncached_one()
    {
        var analytics = new AnalyticsContext(CooperationVocabulary.FromModel(graph.Model));
        var engine = Engine(analytics);
        var first = await AnswersAsync(engine);
        var version = await analytics.GraphAsync(graph.Store, CancellationToken.None);

        for (var i = 0; i < 2 * AnalysedGraph.MaxKeptResults; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            await DataAsync(engine, $$"""{ relationshipAggregate(by: [YEAR], sumUnit: "U{{n}}") { keys count } }""");
            await DataAsync(engine, $$"""{ entityAggregate(by: [LABEL, {{(i % 2 == 0 ? "BLOC" : "CITY")}}]) { keys count } }""");
            await DataAsync(engine, string.Create(CultureInfo.InvariantCulture, $$"""{ centrality(measure: PAGERANK, damping: {{0.5 + (i / 1000.0)}}, first: 1) { id } }"""));
            await DataAsync(engine, $$"""{ recommendPartners(first: {{1 + (i % 100)}}) { score } }""");
            Assert.InRange(version.KeptResultCount, 1, AnalysedGraph.MaxKeptResults);
        }

        Assert.Same(version, await analytics.GraphAsync(graph.Store, CancellationToken.None));
        Assert.Equal(AnalysedGraph.MaxKeptResults, version.KeptResultCount);

        // The first answers were dropped long ago: computed again, and by a service that has kept nothing, they are equal.
        var again = await AnswersAsync(engine);
        var uncached = await AnswersAsync(Engine(new AnalyticsContext(CooperationVocabulary.FromModel(graph.Model))));
        Assert.Equal(first, again);
        Assert.Equal(first, uncached);
    }

    [Fact]
    public async Task An_unfiltered_aggregate_answers_as_the_same_aggregate_filtered_to_every_relationship()
    {
        var engine = Engine(new AnalyticsContext(CooperationVocabulary.FromModel(graph.Model)));
        var statuses = string.Join(", ", Enum.GetNames<CooperationGraph.Domain.Graph.RelationshipStatus>().Select(status => status.ToUpperInvariant()));

        // A filtered aggregate is never kept: it is computed on each request.
        var kept = await DataAsync(engine, Aggregate);
        var computed = await DataAsync(engine, Aggregate.Replace("by: [TYPE, STATUS]", $"by: [TYPE, STATUS], where: {{ status_in: [{statuses}] }}", StringComparison.Ordinal));

        Assert.Equal(kept, computed);
    }

    private async Task<string[]> AnswersAsync(GraphQLEngine engine) =>
        [await DataAsync(engine, Aggregate), await DataAsync(engine, Entities), await DataAsync(engine, Centrality)];

    private GraphQLEngine Engine(AnalyticsContext analytics) =>
        new(CooperationSchemaFactory.Create(graph.Model, LabelFields.All, analytics), new GraphQLEngineOptions { Limits = QueryLimits.None });

    private async Task<string> DataAsync(GraphQLEngine engine, string query)
    {
        var loaders = new GraphLoaders(graph.Store);
        var result = await loaders.Scheduler.RunAsync(() => engine.ExecuteAsync(new GraphQLRequest(query), loaders));
        var response = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetRawText();
    }
}
