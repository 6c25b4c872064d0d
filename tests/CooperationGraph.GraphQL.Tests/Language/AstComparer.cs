using System.Collections;
using System.Reflection;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

/// <summary>Compares two ASTs structurally, ignoring locations: the round-trip property's notion of equality.</summary>
internal static class AstComparer
{
    public static void AssertEqual(Node expected, Node actual) => Compare(expected, actual, "$");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        // Lists compare by items: an empty array and an empty List are the same AST.
        Assert.True(
            expected is IList && actual is IList || expected.GetType() == actual.GetType(),
            $"{path}: expected {expected.GetType().Name}, got {actual.GetType().Name}");
        switch (expected)
        {
            case string or bool or Enum:
                Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
                return;
            case IList expectedList:
                var actualList = (IList)actual;
                Assert.True(expectedList.Count == actualList.Count, $"{path}: expected {expectedList.Count} items, got {actualList.Count}");
                for (var i = 0; i < expectedList.Count; i++)
                {
                    Compare(expectedList[i], actualList[i], $"{path}[{i}]");
                }

                return;
            case Node:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name is nameof(Node.Location) || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                }

                return;
            default:
                throw new InvalidOperationException($"{path}: cannot compare {expected.GetType()}");
        }
    }
}
