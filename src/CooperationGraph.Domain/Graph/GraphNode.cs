namespace CooperationGraph.Domain.Graph;

/// <summary>A node of the cooperation graph: an entity the letters name, with its provenance.</summary>
/// <param name="Id">The stable id, <c>prefix:slug</c> (<c>org:gx-dost</c>).</param>
/// <param name="Label">The concrete label from the graph model (<c>University</c>).</param>
/// <param name="Labels">The concrete label and every ancestor label, most general first (<c>Entity, Organisation, University</c>).</param>
/// <param name="Name">The Chinese name exactly as the letters write it.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Aliases">Every other way the entity is written.</param>
/// <param name="Description">An optional bilingual description.</param>
/// <param name="Properties">
/// Label-specific properties declared by the graph model. Values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="StatedDate"/>, <see cref="StatedAmount"/> or a
/// read-only list of <see cref="string"/>.
/// </param>
/// <param name="Sources">Where the entity is stated; never empty.</param>
public sealed record GraphNode(
    string Id,
    string Label,
    IReadOnlyList<string> Labels,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Aliases,
    LocalizedText? Description,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<Provenance> Sources);
