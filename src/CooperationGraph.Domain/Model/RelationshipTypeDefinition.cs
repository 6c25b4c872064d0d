using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Model;

/// <summary>A relationship type of the graph model with the labels its endpoints may carry.</summary>
public sealed class RelationshipTypeDefinition
{
    /// <summary>Creates a relationship type definition.</summary>
    /// <param name="name">The type (UPPER_SNAKE_CASE verb).</param>
    /// <param name="fromLabels">Labels the start node may carry; an abstract label admits every descendant.</param>
    /// <param name="toLabels">Labels the end node may carry; an abstract label admits every descendant.</param>
    /// <param name="properties">The properties it declares beyond the common ones.</param>
    /// <param name="description">An optional bilingual description.</param>
    /// <param name="role">What the type means to the cooperation model; null when the model does not say.</param>
    /// <param name="participationTo">
    /// Labels of end nodes for which a relationship of this type is participation whatever its <paramref name="role"/>
    /// (an organisation that <c>FUNDS</c> a fund co-funds it; a fund that funds a lab supports it).
    /// </param>
    public RelationshipTypeDefinition(
        string name,
        IEnumerable<string> fromLabels,
        IEnumerable<string> toLabels,
        IEnumerable<PropertyDefinition>? properties = null,
        LocalizedText? description = null,
        RelationshipRole? role = null,
        IEnumerable<string>? participationTo = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fromLabels);
        ArgumentNullException.ThrowIfNull(toLabels);
        Name = name;
        FromLabels = fromLabels.ToArray();
        ToLabels = toLabels.ToArray();
        Properties = properties?.ToArray() ?? [];
        Description = description;
        Role = role;
        ParticipationTo = participationTo?.ToArray() ?? [];
    }

    /// <summary>What the type means to the cooperation model; null when the model does not say.</summary>
    public RelationshipRole? Role { get; }

    /// <summary>Labels of end nodes for which a relationship of this type is participation whatever its <see cref="Role"/>.</summary>
    public IReadOnlyList<string> ParticipationTo { get; }

    /// <summary>The type (UPPER_SNAKE_CASE verb read from start to end).</summary>
    public string Name { get; }

    /// <summary>Labels the start node may carry.</summary>
    public IReadOnlyList<string> FromLabels { get; }

    /// <summary>Labels the end node may carry.</summary>
    public IReadOnlyList<string> ToLabels { get; }

    /// <summary>The type-specific properties, in declaration order.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>An optional bilingual description.</summary>
    public LocalizedText? Description { get; }
}
