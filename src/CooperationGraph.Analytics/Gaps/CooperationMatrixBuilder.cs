using System.Globalization;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Builds the <see cref="CooperationMatrix"/> from the cooperation model's ties. Each actor counts where the model places
/// it: at <see cref="MatrixLevel.City"/> in its prefecture-level city or SAR, else — a body placed only in a province
/// (广西壮族自治区科学技术厅, 广东省科技厅) — in the province's own row or column; at <see cref="MatrixLevel.Province"/> in
/// its province or SAR. A cell counts the ties between an actor of the row and one of the column, each piece of
/// evidence once: a shared artefact once however many of its parties lie in the two places, a direct relationship
/// once per sentence that states it. An artefact placed in one of the two places with a party in the other joins them
/// as well (南宁市科技局 builds an incubator in Shenzhen), counted once with the artefact.
/// </summary>
internal static class CooperationMatrixBuilder
{
    public static CooperationMatrix Build(CooperationIndex index, MatrixLevel level, IReadOnlySet<RelationshipStatus> statuses)
    {
        var model = index.Model;
        var rows = Places(index, level, Bloc.Guangxi);
        var columns = Places(index, level, Bloc.GreaterBayArea);
        var rowIds = rows.Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        var columnIds = columns.Select(column => column.Id).ToHashSet(StringComparer.Ordinal);
        var links = new Dictionary<(string, string), SortedDictionary<string, List<Tie>>>();
        foreach (var tie in model.Ties(statuses))
        {
            if (KeyOf(model, tie.Local.Id, level) is { } row && rowIds.Contains(row)
                && KeyOf(model, tie.Partner.Id, level) is { } column && columnIds.Contains(column))
            {
                if (!links.TryGetValue((row, column), out var byEvidence))
                {
                    links[(row, column)] = byEvidence = new(StringComparer.Ordinal);
                }

                var key = tie.Artefact?.Id ?? Sentence(tie.Relationships[0]);
                if (!byEvidence.TryGetValue(key, out var ties))
                {
                    byEvidence[key] = ties = [];
                }

                ties.Add(tie);
            }
        }

        // An artefact placed elsewhere than a party (南宁市科技局's incubator in Shenzhen) joins the two places too.
        foreach (var (artefactId, participants) in model.Participants(statuses))
        {
            var artefact = model.Nodes[artefactId];
            var at = KeyOf(model, artefactId, level);
            foreach (var participant in participants)
            {
                var from = KeyOf(model, participant.Actor.Id, level);
                var (row, column) = from is not null && rowIds.Contains(from) ? (from, at) : (at, from);
                if (row is not null && column is not null && rowIds.Contains(row) && columnIds.Contains(column))
                {
                    if (!links.TryGetValue((row, column), out var byEvidence))
                    {
                        links[(row, column)] = byEvidence = new(StringComparer.Ordinal);
                    }

                    if (!byEvidence.TryGetValue(artefactId, out var ties))
                    {
                        byEvidence[artefactId] = ties = [];
                    }

                    ties.Add(new Tie(participant.Actor, participant.Actor, TieKind.SharedArtefact, artefact, participant.Status, participant.Relationships));
                }
            }
        }

        var cells = new List<MatrixCell>(rows.Count * columns.Count);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var found = (links.GetValueOrDefault((row.Id, column.Id)) ?? [])
                    .Select(entry => Link(index, entry.Value, row, column, level))
                    .OrderBy(link => link.Kind)
                    .ThenBy(link => link.Id, StringComparer.Ordinal)
                    .ToList();
                var kinds = found.SelectMany(link => link.RelationshipTypes).Distinct().Order(StringComparer.Ordinal).ToList();
                cells.Add(new MatrixCell(row.Id, column.Id, found.Count, kinds, found, Explain(row, column, found.Count, kinds)));
            }
        }

        return new CooperationMatrix([.. rows.Select(row => row.Id)], [.. columns.Select(column => column.Id)], cells);
    }

    /// <summary>The row or column an entity counts in at a level; null when the model places it in no city or province.</summary>
    public static string? KeyOf(CooperationModel model, string id, MatrixLevel level)
    {
        var placement = model.PlacementOf(id);
        return level == MatrixLevel.City ? (placement.City ?? placement.Province)?.Id : placement.Province?.Id;
    }

    /// <summary>
    /// The rows (Guangxi) or columns (Greater Bay Area) of a level, by administrative code: at city level the cities and
    /// SARs of the bloc, then each province of the bloc for the bodies placed only there; at province level its
    /// provinces and SARs.
    /// </summary>
    private static List<GraphNode> Places(CooperationIndex index, MatrixLevel level, Bloc bloc)
    {
        static string? Kind(GraphNode node) => node.Properties.GetValueOrDefault("kind") as string;
        bool IsProvince(GraphNode node) => Kind(node) is "province" or "autonomous-region" or "municipality" or "sar";
        bool Wanted(GraphNode node) => CooperationVocabulary.IsRegion(node) && CooperationVocabulary.BlocOf(node) == bloc
            && (level == MatrixLevel.City ? Kind(node) is "prefecture-city" or "sar" || IsProvince(node) : IsProvince(node));
        return [.. index.NodesWhere(Wanted)
            .OrderBy(node => level == MatrixLevel.City && Kind(node) is not ("prefecture-city" or "sar") ? 1 : 0)
            .ThenBy(node => node.Properties.GetValueOrDefault("adminCode") as string ?? "~", StringComparer.Ordinal)
            .ThenBy(node => node.Id, StringComparer.Ordinal)];
    }

    private static string Sentence(GraphRelationship relationship) =>
        relationship.Sources.Count > 0 ? $"{relationship.Sources[0].DocumentId}|{relationship.Sources[0].Quote}" : relationship.Id;

    private static CityLink Link(CooperationIndex index, List<Tie> ties, GraphNode row, GraphNode column, MatrixLevel level)
    {
        var first = ties[0];
        var relationships = ties.SelectMany(tie => tie.Relationships).DistinctBy(relationship => relationship.Id)
            .OrderBy(relationship => relationship.Id, StringComparer.Ordinal).ToList();
        var actors = ties.SelectMany(tie => new[] { tie.Local.Id, tie.Partner.Id }).Distinct().Order(StringComparer.Ordinal).ToList();
        var status = ties.Select(tie => tie.Status).MaxBy(StatusSet.Strength);
        List<string> PlacedIn(GraphNode place) => [.. actors.Where(id => KeyOf(index.Model, id, level) == place.Id)];
        var evidence = new EvidenceBuilder().Entities(actors).Relationships(relationships)
            .Relationships(actors.SelectMany(id => index.PlacementOf(id).Relationships));
        var types = relationships.Select(relationship => relationship.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var parties = string.Join("; ", actors.Select(id => index.Nodes[id].Name).Order(StringComparer.Ordinal));
        if (first.Artefact is { } artefact)
        {
            evidence.Entity(artefact.Id).Relationships(index.PlacementOf(artefact.Id).Relationships);
            var text = $"{CooperationVocabulary.Describe(artefact)}, with {parties}, joins {row.Name} and {column.Name}.";
            return new CityLink(artefact.Id, CityLinkKind.SharedHub, status, PlacedIn(row), PlacedIn(column), relationships, types, text, evidence.Build());
        }

        var direct = first.Relationships[0];
        var said = $"{CooperationVocabulary.Describe(index.Nodes[direct.FromId])} {direct.Type} {CooperationVocabulary.Describe(index.Nodes[direct.ToId])}, "
            + $"joining {row.Name} and {column.Name}.";
        return new CityLink(direct.Id, CityLinkKind.Direct, status, PlacedIn(row), PlacedIn(column), relationships, types, said, evidence.Build());
    }

    private static string Explain(GraphNode row, GraphNode column, int count, List<string> kinds) => count == 0
        ? $"No letter links an actor in {row.Name} ({row.NameEn}) with one in {column.Name} ({column.NameEn})."
        : string.Create(CultureInfo.InvariantCulture, $"{row.Name} ({row.NameEn}) and {column.Name} ({column.NameEn}) are joined by {count} link{(count == 1 ? "" : "s")} ({string.Join(", ", kinds)}).");
}
