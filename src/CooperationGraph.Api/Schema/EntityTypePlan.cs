using CooperationGraph.Domain.Model;

namespace CooperationGraph.Api.Schema;

/// <summary>The GraphQL type of one node label: an interface for an abstract label, an object type otherwise.</summary>
/// <param name="Label">The label.</param>
/// <param name="Interfaces">The interfaces it implements, most general first (<c>Node</c>, <c>Entity</c>, …).</param>
/// <param name="Properties">The declared properties, inherited first, with their GraphQL types.</param>
/// <param name="Relationships">The typed relationship fields; a descendant has every field of its ancestors.</param>
internal sealed record EntityTypePlan(
    NodeLabelDefinition Label,
    IReadOnlyList<string> Interfaces,
    IReadOnlyList<PropertyField> Properties,
    IReadOnlyList<RelationshipField> Relationships)
{
    public string Name => Label.Name;

    public bool IsInterface => Label.IsAbstract;
}

/// <summary>A property of the model as a GraphQL field.</summary>
internal sealed record PropertyField(PropertyDefinition Definition, string GraphQLType);

/// <summary>One relationship type read from one end, as a GraphQL field (<c>coBuilds</c>, <c>coBuiltBy</c>).</summary>
internal sealed record RelationshipField(string FieldName, RelationshipTypeDefinition Type, Domain.Store.Direction Direction);
