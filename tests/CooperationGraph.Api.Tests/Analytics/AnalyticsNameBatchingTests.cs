using CooperationGraph.Api.Tests.Schema;

namespace CooperationGraph.Api.Tests.Analytics;

/// <summary>The names beside analytics ids come from the request's batched node loader: no call per id.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class AnalyticsNameBatchingTests(SeededGraph graph)
{
    private const string Cells = """
        {
          cooperationMatrix(level: CITY) {
            cells(nonEmptyOnly: true) {
              row { name } column { name }
              links { artefact { name } rowParties { name } columnParties { name } relationships { other { name } sources { document { id } } } }
            }
          }
        }
        """;

    private const string OneCell = """
        {
          matrixCell(row: "region:guilin", column: "region:shenzhen") {
            row { name } column { name }
            links { artefact { name } rowParties { name } columnParties { name } relationships { other { name } sources { document { id } } } }
          }
        }
        """;

    [Fact]
    public async Task Every_non_empty_cell_with_its_names_takes_as_many_node_look_ups_as_one_cell()
    {
        var all = new CountingGraphStore(graph.Store);
        var data = await graph.DataAsync(Cells, all);
        var one = new CountingGraphStore(graph.Store);
        await graph.DataAsync(OneCell, one);

        var cells = data.GetProperty("cooperationMatrix").GetProperty("cells").EnumerateArray().ToArray();
        var names = cells.Sum(cell => cell.GetProperty("links").EnumerateArray().Sum(link =>
            link.GetProperty("rowParties").GetArrayLength() + link.GetProperty("columnParties").GetArrayLength() + link.GetProperty("relationships").GetArrayLength()));
        Assert.True(cells.Length > 10 && names > 100, $"{cells.Length} cells, {names} names: the query should reach many entities");
        // One batch per level of the answer (cells, links, relationships' other ends, documents), however many ids.
        Assert.InRange(all["GetNodesAsync"], 1, 4);
        Assert.Equal(one["GetNodesAsync"], all["GetNodesAsync"]);
    }
}
