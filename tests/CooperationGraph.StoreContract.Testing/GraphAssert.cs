using System.Collections;
using CooperationGraph.Domain.Graph;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>Structural equality of graph records, whose list members compare by reference in the records' own Equals.</summary>
public static class GraphAssert
{
    public static void NodeEqual(GraphNode expected, GraphNode actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.NameEn, actual.NameEn);
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.Description, actual.Description);
        PropertiesEqual(expected.Id, expected.Properties, actual.Properties);
        Assert.Equal(expected.Sources, actual.Sources);
    }

    public static void RelationshipEqual(GraphRelationship expected, GraphRelationship actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.FromId, actual.FromId);
        Assert.Equal(expected.ToId, actual.ToId);
        Assert.Equal(expected.Role, actual.Role);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Amount, actual.Amount);
        Assert.Equal(expected.Status, actual.Status);
        PropertiesEqual(expected.Id, expected.Properties, actual.Properties);
        Assert.Equal(expected.Sources, actual.Sources);
    }

    /// <summary>Two snapshots hold the same graph, whatever the order of their records.</summary>
    public static void SnapshotEqual(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), actual.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal));
        var actualNodes = actual.Nodes.ToDictionary(node => node.Id);
        foreach (var node in expected.Nodes)
        {
            NodeEqual(node, actualNodes[node.Id]);
        }

        Assert.Equal(
            expected.Relationships.Select(relationship => relationship.Id).Order(StringComparer.Ordinal),
            actual.Relationships.Select(relationship => relationship.Id).Order(StringComparer.Ordinal));
        var actualRelationships = actual.Relationships.ToDictionary(relationship => relationship.Id);
        foreach (var relationship in expected.Relationships)
        {
            RelationshipEqual(relationship, actualRelationships[relationship.Id]);
        }

        Assert.Equal(expected.DocumentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.DocumentTexts.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    private static void PropertiesEqual(string owner, IReadOnlyDictionary<string, object> expected, IReadOnlyDictionary<string, object> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            var stored = actual[key];
            if (value is IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>(), Assert.IsAssignableFrom<IEnumerable>(stored).Cast<object>());
            }
            else
            {
                Assert.True(value.GetType() == stored.GetType(), $"{owner}.{key}: expected a {value.GetType().Name}, got a {stored.GetType().Name}.");
                Assert.Equal(value, stored);
            }
        }
    }
}
