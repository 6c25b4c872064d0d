using System.Text.Json;

namespace CooperationGraph.LoadPeer;

/// <summary>Where an entity is, from the exported cooperation model.</summary>
internal sealed record PeerPlacement(string? Bloc, string? City, string? Province, string[] Path);

/// <summary>A tie of an actor (or an artefact's participant, with no artefact of its own).</summary>
internal sealed record PeerTie(string Partner, string Kind, string? Artefact, string Status, string[] Relationships);

/// <summary>One partnership found by the walk; <see cref="Via"/> holds relationship ids.</summary>
internal sealed record PeerPartnership(string Local, string Partner, int Distance, string Kind, string? Artefact, string Status, string[] Via);

/// <summary>
/// The cooperation model the service exports beside the graph (graph.cooperation.json) and the partner walk over it,
/// cooperation.mjs's twin: the service builds the same model once per graph version, so every peer does only the walk.
/// </summary>
internal sealed class CooperationData
{
    private static readonly Dictionary<string, int> Strength = new(StringComparer.Ordinal) { ["Planned"] = 0, ["Ongoing"] = 1, ["Implemented"] = 2 };

    public required Dictionary<string, PeerPlacement> Placements { get; init; }
    public required Dictionary<string, string[]> Locals { get; init; }
    public required HashSet<string> Artefacts { get; init; }
    public required Dictionary<string, PeerTie[]> Ties { get; init; }
    public required Dictionary<string, PeerTie[]> Participants { get; init; }

    public static CooperationData Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        return new CooperationData
        {
            Placements = Map(root.GetProperty("placements"), placement => new PeerPlacement(
                placement.GetProperty("bloc").GetString(), placement.GetProperty("city").GetString(),
                placement.GetProperty("province").GetString(), Strings(placement.GetProperty("path")))),
            Locals = Map(root.GetProperty("locals"), Strings),
            Artefacts = [.. Strings(root.GetProperty("artefacts"))],
            Ties = Map(root.GetProperty("ties"), ties => ties.EnumerateArray().Select(tie => new PeerTie(
                tie.GetProperty("partner").GetString()!, tie.GetProperty("kind").GetString()!, tie.GetProperty("artefact").GetString(),
                tie.GetProperty("status").GetString()!, Strings(tie.GetProperty("relationships")))).ToArray()),
            Participants = Map(root.GetProperty("participants"), participants => participants.EnumerateArray().Select(participant => new PeerTie(
                participant.GetProperty("actor").GetString()!, "SHARED_ARTEFACT", null,
                participant.GetProperty("status").GetString()!, Strings(participant.GetProperty("relationships")))).ToArray()),
        };
    }

    /// <summary>The partnerships of <paramref name="of"/>: nearest first, then by local, partner and artefact or relationship id.</summary>
    public List<PeerPartnership> Partners(string of, string? bloc, int depth, int first)
    {
        var reached = new HashSet<string>(Locals.GetValueOrDefault(of) ?? [], StringComparer.Ordinal);
        var found = new List<PeerPartnership>();
        var frontier = (Locals.GetValueOrDefault(of) ?? []).Select(id => (Actor: id, Local: id, Via: Array.Empty<string>(), Status: "Implemented")).ToList();
        var start = 1;
        if (Artefacts.Contains(of))
        {
            var participants = Participants.GetValueOrDefault(of) ?? [];
            foreach (var participant in participants)
            {
                found.Add(new PeerPartnership(of, participant.Partner, 1, "SHARED_ARTEFACT", of, participant.Status, participant.Relationships));
                reached.Add(participant.Partner);
            }

            frontier = [.. participants.Select(p => (Actor: p.Partner, Local: of, Via: p.Relationships, p.Status))];
            start = 2;
        }

        for (var distance = start; distance <= depth && frontier.Count > 0; distance++)
        {
            var level = new List<PeerPartnership>();
            foreach (var (actor, local, via, status) in frontier)
            {
                foreach (var tie in Ties.GetValueOrDefault(actor) ?? [])
                {
                    if (!reached.Contains(tie.Partner))
                    {
                        level.Add(new PeerPartnership(local, tie.Partner, distance, tie.Kind, tie.Artefact,
                            Strength[status] <= Strength[tie.Status] ? status : tie.Status, [.. via, .. tie.Relationships]));
                    }
                }
            }

            level.Sort(static (x, y) =>
            {
                var byLocal = string.CompareOrdinal(x.Local, y.Local);
                if (byLocal != 0)
                {
                    return byLocal;
                }

                var byPartner = string.CompareOrdinal(x.Partner, y.Partner);
                return byPartner != 0 ? byPartner : string.CompareOrdinal(x.Artefact ?? x.Via[^1], y.Artefact ?? y.Via[^1]);
            });
            found.AddRange(level);
            frontier = [];
            foreach (var partnership in level)
            {
                if (reached.Add(partnership.Partner))
                {
                    frontier.Add((partnership.Partner, partnership.Local, partnership.Via, partnership.Status));
                }
            }
        }

        var kept = bloc is null ? found : found.Where(p => Placements.GetValueOrDefault(p.Partner)?.Bloc == bloc);
        return [.. kept.Take(first)];
    }

    private static Dictionary<string, T> Map<T>(JsonElement element, Func<JsonElement, T> convert) =>
        element.EnumerateObject().ToDictionary(property => property.Name, property => convert(property.Value), StringComparer.Ordinal);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];
}
