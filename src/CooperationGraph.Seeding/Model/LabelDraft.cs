using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Model;

/// <summary>A node label as read from <c>model.yaml</c>, with the positions consistency errors point at.</summary>
internal sealed record LabelDraft(Located Name, Located? Parent, Located? IdPrefix, IReadOnlyList<LocatedProperty> Properties, NodeLabelDefinition Definition);

/// <summary>A relationship type as read from <c>model.yaml</c>, with positions.</summary>
internal sealed record RelationshipTypeDraft(
    Located Name,
    IReadOnlyList<Located> From,
    IReadOnlyList<Located> To,
    IReadOnlyList<LocatedProperty> Properties,
    RelationshipTypeDefinition Definition,
    IReadOnlyList<Located> ParticipationTo);

/// <summary>A property definition and where its name is written.</summary>
internal sealed record LocatedProperty(Located Name, PropertyDefinition Definition);
