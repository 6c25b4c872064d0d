using System.Text.Json;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// Writes the cooperation model of the exported graph (placements, region members, ties and participants under the
/// default statuses), computed by the service's own <see cref="CooperationModel"/>, for the graphql-js peer: the
/// service builds the same model once per graph version, so the peer starts from the same precomputed ties and does the
/// same per-request work (the partner walk), which keeps the comparison fair.
/// </summary>
internal static class CooperationExport
{
    public static async Task WriteAsync(GraphSnapshot snapshot, string outputPath)
    {
        var model = new CooperationModel(snapshot, CooperationVocabulary.FromModel(Storage.BenchmarkInputs.LoadModel()));
        var statuses = StatusSet.Default;
        var ids = snapshot.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal).ToList();
        var export = new Dictionary<string, object>
        {
            ["placements"] = ids.ToDictionary(id => id, id =>
            {
                var placement = model.PlacementOf(id);
                return new { bloc = placement.Bloc, city = placement.City?.Id, province = placement.Province?.Id, path = placement.Path.Select(r => r.Id) };
            }),
            ["locals"] = ids.ToDictionary(id => id, id => model.LocalActors(id, statuses).Select(local => local.Id)),
            ["artefacts"] = ids.Where(id => model.Vocabulary.IsArtefact(model.Nodes[id])),
            ["ties"] = ids.ToDictionary(id => id, id => model.TiesOf(id, statuses).Select(tie => new
            {
                partner = tie.Partner.Id,
                kind = tie.Kind == TieKind.Direct ? "DIRECT" : "SHARED_ARTEFACT",
                artefact = tie.Artefact?.Id,
                status = tie.Status.ToString(),
                relationships = tie.Relationships.Select(r => r.Id),
            })),
            ["participants"] = model.Participants(statuses).ToDictionary(pair => pair.Key, pair => pair.Value.Select(participant => new
            {
                actor = participant.Actor.Id,
                status = participant.Status.ToString(),
                relationships = participant.Relationships.Select(r => r.Id),
            })),
        };
        await File.WriteAllTextAsync(outputPath, JsonSerializer.Serialize(export));
        Console.WriteLine($"load export: the cooperation model ({model.Ties(statuses).Count()} ties) -> {outputPath}");
    }
}
