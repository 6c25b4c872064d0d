namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The Neo4j property keys a node or relationship record is flattened into (see the README's storage layout). A date
/// <c>d</c> becomes <c>dText</c>, <c>dValue</c>, <c>dPrecision</c>, <c>dEnd</c> and <c>dStart</c> (its first day,
/// <c>yyyy-MM-dd</c>, which range filters compare); an amount <c>a</c> becomes <c>aText</c>, <c>aValue</c> (a float
/// for sums and filters), <c>aDecimal</c> (the exact value), <c>aCurrency</c> and <c>aUnit</c>.
/// </summary>
internal static class StoredKeys
{
    public const string Id = "id";
    public const string Label = "label";
    public const string LabelPath = "labelPath";
    public const string Name = "name";
    public const string NameEn = "nameEn";
    public const string Aliases = "aliases";
    public const string DescriptionEn = "descriptionEn";
    public const string DescriptionZh = "descriptionZh";
    public const string Sources = "sources";
    public const string DocumentText = "documentText";
    public const string DateProperties = "dateProperties";
    public const string AmountProperties = "amountProperties";
    public const string Role = "role";
    public const string Status = "status";
    public const string Date = "date";
    public const string Amount = "amount";

    private static readonly HashSet<string> NodeKeys = new(StringComparer.Ordinal)
    {
        Id, Label, LabelPath, Name, NameEn, Aliases, DescriptionEn, DescriptionZh, Sources, DocumentText, DateProperties, AmountProperties,
    };

    private static readonly HashSet<string> RelationshipKeys = new(StringComparer.Ordinal)
    {
        Id, Role, Status, Date, Amount, Sources, DateProperties, AmountProperties,
    };

    public static readonly string[] DateParts = ["Text", "Value", "Precision", "End", "Start"];
    public static readonly string[] AmountParts = ["Text", "Value", "Decimal", "Currency", "Unit"];

    /// <summary>Whether a record-level key of a node or relationship (not a declared property) uses the name.</summary>
    public static bool IsReserved(string name, bool relationship) => (relationship ? RelationshipKeys : NodeKeys).Contains(name);
}
