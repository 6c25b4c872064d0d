using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Api.Schema;

/// <summary>The GraphQL type of one node label: an interface for an abstract label, an object type otherwise.</summary>
/// <param name="Label">The label.</param>
/// <param name="Interfaces">The interfaces it implements, most general first (<c>Node</c>, <c>Entity</c>, …).</param>
/// <param name="Fields">
/// Its fields, printed and bound from this one list: the common ones, the declared properties (inherited first), the
/// fields its label or an ancestor adds (<see cref="LabelFields"/>) and one per relationship type read from each end.
/// </param>
internal sealed record EntityTypePlan(NodeLabelDefinition Label, IReadOnlyList<string> Interfaces, IReadOnlyList<FieldDeclaration> Fields)
{
    public string Name => Label.Name;

    public bool IsInterface => Label.IsAbstract;
}

/// <summary>A field a label adds to the common ones, for the label and its descendants.</summary>
/// <param name="Label">The label (concrete or abstract).</param>
/// <param name="Field">The field.</param>
internal sealed record LabelField(string Label, FieldDeclaration Field);
