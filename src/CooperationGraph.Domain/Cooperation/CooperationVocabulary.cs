using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// The cooperation model's vocabulary, read from the graph model (<c>role</c> of each label and relationship type in
/// <c>model.yaml</c>): which nodes act, which are shared artefacts, and what each relationship means. The one place
/// the API, the analytics and the stores' filters learn what counts as cooperation.
/// </summary>
public sealed class CooperationVocabulary
{
    /// <summary>The label whose nodes are places: they carry <c>kind</c>, <c>bloc</c> and <c>adminCode</c>.</summary>
    public const string RegionLabel = "Region";

    private readonly Dictionary<string, EntityRole?> _labelRoles;
    private readonly Dictionary<string, RelationshipTypeDefinition> _types;
    private readonly HashSet<string> _housingLabels;
    private readonly GraphModel _model;

    private CooperationVocabulary(GraphModel model)
    {
        _model = model;
        _labelRoles = model.NodeLabels.ToDictionary(label => label.Name, label => model.RoleOf(label.Name), StringComparer.Ordinal);
        _types = model.RelationshipTypes.ToDictionary(type => type.Name, StringComparer.Ordinal);
        _housingLabels = model.RelationshipTypes.Where(type => type.Role == RelationshipRole.Hosting)
            .SelectMany(type => type.FromLabels).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the vocabulary of a graph model.</summary>
    /// <param name="model">The graph model; every relationship type must declare its role.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="ArgumentException">A relationship type declares no role.</exception>
    public static CooperationVocabulary FromModel(GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.RelationshipTypes.FirstOrDefault(type => type.Role is null) is { } missing)
        {
            throw new ArgumentException($"Relationship type '{missing.Name}' declares no role in the cooperation model.", nameof(model));
        }

        return new CooperationVocabulary(model);
    }

    /// <summary>The role of a node's label; null for a label the model does not know or gives no role.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The role.</returns>
    public EntityRole? RoleOf(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _labelRoles.GetValueOrDefault(node.Label);
    }

    /// <summary>
    /// What a relationship means: its type's role, or participation when its end carries one of the type's
    /// <see cref="RelationshipTypeDefinition.ParticipationTo"/> labels; null for a type the model does not know.
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="to">Its end node.</param>
    /// <returns>The role.</returns>
    public RelationshipRole? RoleOf(GraphRelationship relationship, GraphNode to)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(to);
        if (!_types.TryGetValue(relationship.Type, out var type))
        {
            return null;
        }

        return type.ParticipationTo.Any(label => _model.IsA(to.Label, label)) ? RelationshipRole.Participation : type.Role;
    }

    /// <summary>The relationship types of a role, in model order (as documentation lists them).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The type names.</returns>
    public IReadOnlyList<string> TypesOf(RelationshipRole role) =>
        [.. _model.RelationshipTypes.Where(type => type.Role == role || (role == RelationshipRole.Participation && type.ParticipationTo.Count > 0)).Select(type => type.Name)];

    /// <summary>Whether the node acts: an organisation, or a region acting as a government.</summary>
    /// <param name="node">The node.</param>
    /// <returns>True for an actor.</returns>
    public bool IsActor(GraphNode node) => RoleOf(node) == EntityRole.Actor;

    /// <summary>Whether the node is a shared artefact: lab, platform, agreement, event, programme, fund, enclave.</summary>
    /// <param name="node">The node.</param>
    /// <returns>True for an artefact.</returns>
    public bool IsArtefact(GraphNode node) => RoleOf(node) == EntityRole.Artefact;

    /// <summary>
    /// Whether an artefact can itself be a party to another artefact: a body or a facility — what can house others
    /// (the labels a hosting relationship may start at: a zone, a lab) — such as the State Key Laboratory that co-builds
    /// the joint lab (000:18) or the zone that builds its service centre (000:27). An event, programme or text that
    /// puts another into effect (the 2020 consultation held to carry out the CAS agreement, 000:14) realises it; it is
    /// no party and nobody's partner.
    /// </summary>
    /// <param name="node">The artefact.</param>
    /// <returns>True when it takes part as a party.</returns>
    public bool ArtefactActs(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IsArtefact(node) && node.Labels.Any(_housingLabels.Contains);
    }

    /// <summary>Whether the node is a region (a place with a bloc).</summary>
    /// <param name="node">The node.</param>
    /// <returns>True for a region.</returns>
    public static bool IsRegion(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Label == RegionLabel;
    }
}
