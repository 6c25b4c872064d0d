namespace CooperationGraph.GraphQL.Execution;

/// <summary>A position in the response: a linked list of field names and list indices, leaf last.</summary>
public sealed class ResponsePath
{
    // List indices are boxed once: every item of every list gets a path, and most lists are short.
    private static readonly object[] BoxedIndices = [.. Enumerable.Range(0, 1024).Select(static i => (object)i)];

    internal ResponsePath(ResponsePath? previous, object key, string? typeName)
    {
        Previous = previous;
        Key = key;
        TypeName = typeName;
    }

    /// <summary>The enclosing position, or null at the root.</summary>
    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or list index (int).</summary>
    public object Key { get; }

    /// <summary>The parent object type's name for field keys; null for list indices.</summary>
    public string? TypeName { get; }

    /// <summary>The path from the root as a list of keys and indices, the shape errors carry.</summary>
    /// <returns>The path segments, root first.</returns>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Previous)
        {
            depth++;
        }

        var segments = new object[depth];
        var index = depth;
        for (var node = this; node is not null; node = node.Previous)
        {
            segments[--index] = node.Key;
        }

        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', ToList());

    internal static object Index(int index) => (uint)index < (uint)BoxedIndices.Length ? BoxedIndices[index] : index;
}
