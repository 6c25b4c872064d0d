using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Model;

/// <summary>A node label of the graph model, as <c>model.yaml</c> declares it.</summary>
public sealed class NodeLabelDefinition
{
    /// <summary>Creates a node label definition.</summary>
    /// <param name="name">The label (PascalCase singular noun).</param>
    /// <param name="parent">The parent label, or null for a root.</param>
    /// <param name="isAbstract">Whether the label only groups others and no node may carry it as its own.</param>
    /// <param name="idPrefix">The id prefix its nodes use (<c>org</c>), or null to inherit the parent's.</param>
    /// <param name="properties">The properties it declares (its descendants inherit them).</param>
    /// <param name="description">An optional bilingual description.</param>
    /// <param name="role">What its nodes are to the cooperation model; null to inherit the parent's.</param>
    public NodeLabelDefinition(
        string name,
        string? parent = null,
        bool isAbstract = false,
        string? idPrefix = null,
        IEnumerable<PropertyDefinition>? properties = null,
        LocalizedText? description = null,
        EntityRole? role = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Parent = parent;
        IsAbstract = isAbstract;
        IdPrefix = idPrefix;
        Properties = properties?.ToArray() ?? [];
        Description = description;
        Role = role;
    }

    /// <summary>The role declared on this label itself; see <see cref="GraphModel.RoleOf"/> for the inherited one.</summary>
    public EntityRole? Role { get; }

    /// <summary>The label (PascalCase singular noun).</summary>
    public string Name { get; }

    /// <summary>The parent label, or null for a root.</summary>
    public string? Parent { get; }

    /// <summary>Whether the label only groups others: no node may carry it as its concrete label.</summary>
    public bool IsAbstract { get; }

    /// <summary>The id prefix declared on this label itself; see <see cref="GraphModel.IdPrefixOf"/> for the inherited one.</summary>
    public string? IdPrefix { get; }

    /// <summary>The properties declared on this label itself, in declaration order.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>An optional bilingual description.</summary>
    public LocalizedText? Description { get; }
}
