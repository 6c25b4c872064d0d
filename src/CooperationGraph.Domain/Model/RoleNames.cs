namespace CooperationGraph.Domain.Model;

/// <summary>The spelling of <see cref="RelationshipRole"/> and <see cref="EntityRole"/> values in <c>model.yaml</c>: lower case.</summary>
public static class RoleNames
{
    /// <summary>Every relationship role as <c>model.yaml</c> spells it.</summary>
    public static IReadOnlyList<string> RelationshipRoles { get; } = [.. Enum.GetValues<RelationshipRole>().Select(NameOf)];

    /// <summary>Every entity role as <c>model.yaml</c> spells it.</summary>
    public static IReadOnlyList<string> EntityRoles { get; } = [.. Enum.GetValues<EntityRole>().Select(NameOf)];

    /// <summary>The <c>model.yaml</c> spelling of a relationship role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its name in lower case.</returns>
    public static string NameOf(RelationshipRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The <c>model.yaml</c> spelling of an entity role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its name in lower case.</returns>
    public static string NameOf(EntityRole role) => role.ToString().ToLowerInvariant();

    /// <summary>Parses a relationship role as <c>model.yaml</c> spells it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="role">The role.</param>
    /// <returns>Whether the text names one.</returns>
    public static bool TryParse(string text, out RelationshipRole role)
    {
        role = Enum.GetValues<RelationshipRole>().FirstOrDefault(value => NameOf(value) == text);
        return NameOf(role) == text;
    }

    /// <summary>Parses an entity role as <c>model.yaml</c> spells it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="role">The role.</param>
    /// <returns>Whether the text names one.</returns>
    public static bool TryParse(string text, out EntityRole role)
    {
        role = Enum.GetValues<EntityRole>().FirstOrDefault(value => NameOf(value) == text);
        return NameOf(role) == text;
    }
}
