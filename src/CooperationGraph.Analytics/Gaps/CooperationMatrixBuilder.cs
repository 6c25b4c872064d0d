using System.Globalization;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Builds the <see cref="CooperationMatrix"/>. Actors (organisations, regions) and hubs are placed in cities
/// by <see cref="PlacementResolver"/>; an entity placed only in a province or a bloc (广西壮族自治区科学技术厅)
/// belongs to no row or column. A cell counts two kinds of link, each once:
/// <list type="bullet">
/// <item>a <b>direct</b> link: one cooperation relationship between two actors, one in each city (桂林电子科技大学
/// SETS_UP_BRANCH_IN 深圳市);</item>
/// <item>a <b>shared hub</b>: a lab, agreement, fund, programme or event whose participants, or the hub itself,
/// lie in both cities (梧州高新区管委会 and 中国科学院深圳先进技术研究院 co-build one lab). A hub counts once per cell
/// however many of its participants lie in the two cities, and the relationships joining actors to it are
/// not counted again as direct links.</item>
/// </list>
/// </summary>
internal static class CooperationMatrixBuilder
{
    public static CooperationMatrix Build(CooperationIndex index)
    {
        var rows = Cities(index, Bloc.Guangxi);
        var columns = Cities(index, Bloc.GreaterBayArea);
        var links = new Dictionary<(string, string), List<CityLink>>();
        foreach (var relationship in index.Cooperation)
        {
            var (from, to) = (index.Nodes[relationship.FromId], index.Nodes[relationship.ToId]);
            if (CooperationVocabulary.IsActor(from) && CooperationVocabulary.IsActor(to))
            {
                foreach (var (row, column) in Pairs(index, [from.Id], [to.Id]))
                {
                    Add(links, row, column, Direct(index, relationship, row, column));
                }
            }
        }

        foreach (var (hubId, participations) in index.Participants.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var members = participations.Select(p => p.ActorId).Append(hubId).Distinct().ToList();
            foreach (var (row, column) in Pairs(index, members, members))
            {
                Add(links, row, column, Shared(index, hubId, participations, row, column));
            }
        }

        var cells = new List<MatrixCell>(rows.Count * columns.Count);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var found = links.GetValueOrDefault((row.Id, column.Id)) ?? [];
                found = [.. found.OrderBy(link => link.Kind).ThenBy(link => link.Id, StringComparer.Ordinal)];
                var kinds = found.SelectMany(link => link.RelationshipTypes).Distinct().Order(StringComparer.Ordinal).ToList();
                cells.Add(new MatrixCell(row.Id, column.Id, found.Count, kinds, found, Explain(row, column, found.Count, kinds)));
            }
        }

        return new CooperationMatrix([.. rows.Select(row => row.Id)], [.. columns.Select(column => column.Id)], cells);
    }

    private static List<GraphNode> Cities(CooperationIndex index, Bloc bloc) =>
        index.NodesWhere(node => CooperationVocabulary.IsCity(node) && CooperationVocabulary.BlocOf(node) == bloc)
            .OrderBy(node => node.Properties.GetValueOrDefault("adminCode") as string ?? "~", StringComparer.Ordinal)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every (Guangxi city, Bay Area city) pair with an entity of <paramref name="a"/> in one and of <paramref name="b"/> in the other.</summary>
    private static HashSet<(string Row, string Column)> Pairs(CooperationIndex index, IEnumerable<string> a, IEnumerable<string> b)
    {
        var pairs = new HashSet<(string, string)>();
        var aCities = a.SelectMany(id => index.PlacementOf(id).CityIds).Distinct().ToList();
        var bCities = b.SelectMany(id => index.PlacementOf(id).CityIds).Distinct().ToList();
        foreach (var x in aCities)
        {
            foreach (var y in bCities)
            {
                var (bx, by) = (CooperationVocabulary.BlocOf(index.Nodes[x]), CooperationVocabulary.BlocOf(index.Nodes[y]));
                if (bx == Bloc.Guangxi && by == Bloc.GreaterBayArea)
                {
                    pairs.Add((x, y));
                }
                else if (bx == Bloc.GreaterBayArea && by == Bloc.Guangxi)
                {
                    pairs.Add((y, x));
                }
            }
        }

        return pairs;
    }

    private static CityLink Direct(CooperationIndex index, GraphRelationship relationship, string row, string column)
    {
        var (from, to) = (index.Nodes[relationship.FromId], index.Nodes[relationship.ToId]);
        var evidence = new EvidenceBuilder().Entity(from.Id).Entity(to.Id).Relationship(relationship)
            .Relationships(index.PlacementOf(from.Id).Relationships).Relationships(index.PlacementOf(to.Id).Relationships);
        var text = $"{CooperationVocabulary.Describe(from)} {relationship.Type} {CooperationVocabulary.Describe(to)}, "
            + $"joining {index.Nodes[row].Name} and {index.Nodes[column].Name}.";
        return new CityLink(relationship.Id, CityLinkKind.Direct, [relationship.Type], text, evidence.Build());
    }

    private static CityLink Shared(CooperationIndex index, string hubId, List<Participation> participations, string row, string column)
    {
        var hub = index.Nodes[hubId];
        bool InEither(string id) => index.PlacementOf(id).CityIds.Overlaps([row, column]);
        var involved = participations.Where(p => InEither(p.ActorId)).ToList();
        var evidence = new EvidenceBuilder().Entity(hubId).Entities(involved.Select(p => p.ActorId))
            .Relationships(involved.SelectMany(p => p.Relationships))
            .Relationships(involved.SelectMany(p => index.PlacementOf(p.ActorId).Relationships));
        if (InEither(hubId))
        {
            evidence.Relationships(index.PlacementOf(hubId).Relationships);
        }

        var parties = string.Join("; ", involved.Select(p => index.Nodes[p.ActorId].Name).Distinct().Order(StringComparer.Ordinal));
        var where = InEither(hubId) ? $", itself in {string.Join("/", index.PlacementOf(hubId).CityIds.Select(id => index.Nodes[id].Name))}" : "";
        var text = $"{CooperationVocabulary.Describe(hub)}{where}, with {parties}, joins {index.Nodes[row].Name} and {index.Nodes[column].Name}.";
        var types = involved.SelectMany(p => p.Relationships).Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CityLink(hubId, CityLinkKind.SharedHub, types, text, evidence.Build());
    }

    private static void Add(Dictionary<(string, string), List<CityLink>> links, string row, string column, CityLink link)
    {
        if (!links.TryGetValue((row, column), out var list))
        {
            links[(row, column)] = list = [];
        }

        list.Add(link);
    }

    private static string Explain(GraphNode row, GraphNode column, int count, List<string> kinds) => count == 0
        ? $"No letter links an actor in {row.Name} ({row.NameEn}) with one in {column.Name} ({column.NameEn})."
        : string.Create(CultureInfo.InvariantCulture, $"{row.Name} ({row.NameEn}) and {column.Name} ({column.NameEn}) are joined by {count} link{(count == 1 ? "" : "s")} ({string.Join(", ", kinds)}).");
}
