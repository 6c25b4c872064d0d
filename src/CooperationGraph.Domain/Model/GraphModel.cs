namespace CooperationGraph.Domain.Model;

/// <summary>
/// The property graph's schema: node labels in a single-inheritance hierarchy and relationship types with
/// their allowed endpoints. Immutable; built by the seed project's model loader from <c>model.yaml</c>.
/// </summary>
public sealed class GraphModel
{
    private readonly Dictionary<string, NodeLabelDefinition> _labels;
    private readonly Dictionary<string, RelationshipTypeDefinition> _relationshipTypes;
    private readonly Dictionary<string, string[]> _lineages;

    /// <summary>Creates a model, checking that it is consistent.</summary>
    /// <param name="version">The format version of <c>model.yaml</c>.</param>
    /// <param name="nodeLabels">The node labels; parents may follow their children.</param>
    /// <param name="relationshipTypes">The relationship types.</param>
    /// <exception cref="ArgumentException">
    /// A name is declared twice, a parent or endpoint names no label, or the hierarchy has a cycle.
    /// </exception>
    public GraphModel(int version, IEnumerable<NodeLabelDefinition> nodeLabels, IEnumerable<RelationshipTypeDefinition> relationshipTypes)
    {
        ArgumentNullException.ThrowIfNull(nodeLabels);
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        Version = version;
        NodeLabels = nodeLabels.ToArray();
        RelationshipTypes = relationshipTypes.ToArray();
        _labels = IndexByName(NodeLabels, label => label.Name, "node label");
        _relationshipTypes = IndexByName(RelationshipTypes, type => type.Name, "relationship type");
        _lineages = NodeLabels.ToDictionary(label => label.Name, label => ComputeLineage(label), StringComparer.Ordinal);
        foreach (var type in RelationshipTypes)
        {
            foreach (var endpoint in type.FromLabels.Concat(type.ToLabels).Where(name => !_labels.ContainsKey(name)))
            {
                throw new ArgumentException($"Relationship type '{type.Name}' names unknown label '{endpoint}'.", nameof(relationshipTypes));
            }
        }
    }

    /// <summary>The format version of <c>model.yaml</c>.</summary>
    public int Version { get; }

    /// <summary>Every node label, in declaration order.</summary>
    public IReadOnlyList<NodeLabelDefinition> NodeLabels { get; }

    /// <summary>Every relationship type, in declaration order.</summary>
    public IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes { get; }

    /// <summary>Finds a node label by name (case-sensitive).</summary>
    /// <param name="name">The label name.</param>
    /// <returns>The label, or null if the model declares none of that name.</returns>
    public NodeLabelDefinition? FindLabel(string name) => _labels.GetValueOrDefault(name);

    /// <summary>Finds a relationship type by name (case-sensitive).</summary>
    /// <param name="name">The type name.</param>
    /// <returns>The type, or null if the model declares none of that name.</returns>
    public RelationshipTypeDefinition? FindRelationshipType(string name) => _relationshipTypes.GetValueOrDefault(name);

    /// <summary>
    /// A label and all its ancestors, most general first: what <see cref="Graph.GraphNode.Labels"/> holds
    /// (<c>Entity, Organisation, University</c>).
    /// </summary>
    /// <param name="label">A declared label.</param>
    /// <returns>The lineage, ending with <paramref name="label"/>.</returns>
    /// <exception cref="KeyNotFoundException">The model declares no such label.</exception>
    public IReadOnlyList<string> LineageOf(string label) =>
        _lineages.TryGetValue(label, out var lineage) ? lineage : throw UnknownLabel(label);

    /// <summary>The ancestors of a label, most general first, without the label itself.</summary>
    /// <param name="label">A declared label.</param>
    /// <returns>The ancestors; empty for a root.</returns>
    /// <exception cref="KeyNotFoundException">The model declares no such label.</exception>
    public IReadOnlyList<string> AncestorsOf(string label) => LineageOf(label).Take(LineageOf(label).Count - 1).ToArray();

    /// <summary>Whether <paramref name="label"/> is <paramref name="ancestor"/> or descends from it.</summary>
    /// <param name="label">A label name; unknown names are no descendant of anything.</param>
    /// <param name="ancestor">The label to test against.</param>
    /// <returns>True when a node of <paramref name="label"/> also carries <paramref name="ancestor"/>.</returns>
    public bool IsA(string label, string ancestor) =>
        _lineages.TryGetValue(label, out var lineage) && Array.IndexOf(lineage, ancestor) >= 0;

    /// <summary>Whether a relationship of <paramref name="type"/> may run from a node of one label to a node of another.</summary>
    /// <param name="type">The relationship type name.</param>
    /// <param name="fromLabel">The concrete label of the start node.</param>
    /// <param name="toLabel">The concrete label of the end node.</param>
    /// <returns>False when the type is unknown or either endpoint is not allowed.</returns>
    public bool AllowsEndpoints(string type, string fromLabel, string toLabel) =>
        FindRelationshipType(type) is { } definition
        && definition.FromLabels.Any(allowed => IsA(fromLabel, allowed))
        && definition.ToLabels.Any(allowed => IsA(toLabel, allowed));

    /// <summary>The id prefix of a label's nodes: its own, or else its nearest ancestor's.</summary>
    /// <param name="label">A declared label.</param>
    /// <returns>The prefix without the colon (<c>org</c>), or null when no label in the lineage declares one.</returns>
    public string? IdPrefixOf(string label) =>
        LineageOf(label).Reverse().Select(name => _labels[name].IdPrefix).FirstOrDefault(prefix => prefix is not null);

    /// <summary>What a label's nodes are to the cooperation model: its own role, or else its nearest ancestor's.</summary>
    /// <param name="label">A label name; unknown labels have no role.</param>
    /// <returns>The role, or null when no label in the lineage declares one.</returns>
    public EntityRole? RoleOf(string label) =>
        _lineages.TryGetValue(label, out var lineage) ? Enumerable.Reverse(lineage).Select(name => _labels[name].Role).FirstOrDefault(role => role is not null) : null;

    /// <summary>The properties a node of <paramref name="label"/> may carry: the inherited ones first.</summary>
    /// <param name="label">A declared label.</param>
    /// <returns>Every property declared on the label or an ancestor.</returns>
    public IReadOnlyList<PropertyDefinition> PropertiesOf(string label) =>
        LineageOf(label).SelectMany(name => _labels[name].Properties).ToArray();

    /// <summary>Finds a property a node of <paramref name="label"/> may carry, declared on it or inherited.</summary>
    /// <param name="label">A declared label.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The definition, or null when neither the label nor an ancestor declares it.</returns>
    public PropertyDefinition? FindProperty(string label, string property) =>
        PropertiesOf(label).FirstOrDefault(definition => definition.Name == property);

    private static Dictionary<string, T> IndexByName<T>(IReadOnlyList<T> items, Func<T, string> name, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(name(item), item))
            {
                throw new ArgumentException($"The model declares {kind} '{name(item)}' twice.");
            }
        }

        return index;
    }

    private static KeyNotFoundException UnknownLabel(string label) => new($"The model declares no node label '{label}'.");

    private string[] ComputeLineage(NodeLabelDefinition label)
    {
        var lineage = new List<string> { label.Name };
        for (var current = label; current.Parent is { } parent; current = _labels[parent])
        {
            if (!_labels.ContainsKey(parent))
            {
                throw new ArgumentException($"Label '{current.Name}' names unknown parent '{parent}'.");
            }

            if (lineage.Contains(parent))
            {
                throw new ArgumentException($"Label '{label.Name}' is its own ancestor through '{parent}'.");
            }

            lineage.Add(parent);
        }

        lineage.Reverse();
        return [.. lineage];
    }
}
