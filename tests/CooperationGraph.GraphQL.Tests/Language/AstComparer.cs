using System.Collections;
using System.Reflection;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

/// <summary>Compares two ASTs structurally, ignoring locations: the round-trip property's notion of equality.</summary>
internal static class AstComparer
{
    public static void AssertEqual(Node expected, Node actual) => Compare(expected, actual, null);

    private static void Compare(object? expected, object? actual, Segment? path)
    {
        if (expected is null || actual is null)
        {
            Check(expected is null && actual is null, path, expected, actual);
            return;
        }

        // Lists compare by items: an empty array and an empty List are the same AST.
        Check(expected is IList && actual is IList || expected.GetType() == actual.GetType(), path, expected.GetType().Name, actual.GetType().Name);
        switch (expected)
        {
            case string or bool or Enum:
                Check(expected.Equals(actual), path, expected, actual);
                return;
            case IList expectedList:
                var actualList = (IList)actual;
                Check(expectedList.Count == actualList.Count, path, expectedList.Count + " items", actualList.Count + " items");
                for (var i = 0; i < expectedList.Count; i++)
                {
                    Compare(expectedList[i], actualList[i], new Segment(path, "[" + i + "]"));
                }

                return;
            case Node:
                foreach (var property in Properties(expected.GetType()))
                {
                    Compare(property.GetValue(expected), property.GetValue(actual), new Segment(path, "." + property.Name));
                }

                return;
            default:
                throw new InvalidOperationException($"{path}: cannot compare {expected.GetType()}");
        }
    }

    private static readonly Dictionary<System.Type, PropertyInfo[]> PropertyCache = [];

    private static PropertyInfo[] Properties(System.Type type)
    {
        lock (PropertyCache)
        {
            if (!PropertyCache.TryGetValue(type, out var properties))
            {
                properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.Name != nameof(Node.Location) && p.GetIndexParameters().Length == 0 && p.CanWrite)
                    .ToArray();
                PropertyCache[type] = properties;
            }

            return properties;
        }
    }

    // The message is only built on failure: building it for every node would make deep documents quadratic.
    private static void Check(bool condition, Segment? path, object? expected, object? actual)
    {
        if (!condition)
        {
            Assert.Fail($"${path}: expected {expected ?? "null"}, got {actual ?? "null"}");
        }
    }

    private sealed record Segment(Segment? Parent, string Name)
    {
        public override string ToString() => Parent + Name;
    }
}
