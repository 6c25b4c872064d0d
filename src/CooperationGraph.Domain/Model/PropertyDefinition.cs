using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Model;

/// <summary>A property the graph model declares for a node label or a relationship type.</summary>
public sealed class PropertyDefinition
{
    /// <summary>Creates a property definition.</summary>
    /// <param name="name">The property name (camelCase).</param>
    /// <param name="type">The value type.</param>
    /// <param name="enumValues">The allowed values of an <see cref="PropertyType.Enum"/>; empty otherwise.</param>
    /// <param name="isRequired">Whether every record of the label or type must set it.</param>
    /// <param name="description">An optional bilingual description.</param>
    public PropertyDefinition(
        string name,
        PropertyType type,
        IEnumerable<string>? enumValues = null,
        bool isRequired = false,
        LocalizedText? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
        EnumValues = enumValues?.ToArray() ?? [];
        IsRequired = isRequired;
        Description = description;
        if (type == PropertyType.Enum && EnumValues.Count == 0)
        {
            throw new ArgumentException($"Enum property '{name}' declares no values.", nameof(enumValues));
        }
    }

    /// <summary>The property name (camelCase).</summary>
    public string Name { get; }

    /// <summary>The value type.</summary>
    public PropertyType Type { get; }

    /// <summary>The allowed values of an enum property, in declaration order; empty for other types.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>Whether every record of the label or type must set the property.</summary>
    public bool IsRequired { get; }

    /// <summary>An optional bilingual description.</summary>
    public LocalizedText? Description { get; }
}
