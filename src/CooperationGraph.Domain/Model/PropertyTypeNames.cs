namespace CooperationGraph.Domain.Model;

/// <summary>The spelling of each <see cref="PropertyType"/> in <c>model.yaml</c>.</summary>
public static class PropertyTypeNames
{
    private static readonly Dictionary<string, PropertyType> ByName = new(StringComparer.Ordinal)
    {
        ["string"] = PropertyType.String,
        ["text"] = PropertyType.Text,
        ["int"] = PropertyType.Int,
        ["float"] = PropertyType.Float,
        ["bool"] = PropertyType.Bool,
        ["date"] = PropertyType.Date,
        ["amount"] = PropertyType.Amount,
        ["enum"] = PropertyType.Enum,
        ["string[]"] = PropertyType.StringList,
    };

    /// <summary>Every spelling <c>model.yaml</c> accepts, in declaration order.</summary>
    public static IReadOnlyCollection<string> All => ByName.Keys;

    /// <summary>Parses a type name as written in <c>model.yaml</c>; case-sensitive.</summary>
    /// <param name="name">The name, such as <c>string[]</c>.</param>
    /// <param name="type">The parsed type.</param>
    /// <returns>Whether <paramref name="name"/> names a type.</returns>
    public static bool TryParse(string name, out PropertyType type) => ByName.TryGetValue(name, out type);

    /// <summary>The <c>model.yaml</c> spelling of a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name, such as <c>string[]</c>.</returns>
    public static string NameOf(PropertyType type) => ByName.First(pair => pair.Value == type).Key;
}
