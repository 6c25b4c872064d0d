namespace CooperationGraph.Neo4j;

/// <summary>One row of a result: values in the order of <see cref="Keys"/>.</summary>
public sealed class Neo4jRecord
{
    private readonly object?[] _values;

    internal Neo4jRecord(IReadOnlyList<string> keys, object?[] values)
    {
        if (keys.Count != values.Length)
        {
            throw new Neo4jProtocolException($"Bolt: a RECORD has {values.Length} field(s) but the result has {keys.Count} key(s).");
        }

        Keys = keys;
        _values = values;
    }

    /// <summary>The column names, as RUN's SUCCESS listed them.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The values, in key order.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>The value at a column index.</summary>
    public object? this[int index] => _values[index];

    /// <summary>The value of a named column; throws <see cref="KeyNotFoundException"/> for unknown names.</summary>
    public object? this[string key] => _values[IndexOf(key)];

    /// <summary>
    /// The value of a named column as <typeparamref name="T"/>. Integers may be read as <see cref="int"/>
    /// when they fit; anything else must already be a <typeparamref name="T"/>.
    /// </summary>
    public T Get<T>(string key)
    {
        var value = this[key];
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            long number when typeof(T) == typeof(int) || typeof(T) == typeof(int?) => (T)(object)checked((int)number),
            long number when typeof(T) == typeof(double) || typeof(T) == typeof(double?) => (T)(object)(double)number,
            _ => throw new InvalidCastException(
                $"Column '{key}' holds {value?.GetType().Name ?? "null"}, which cannot be read as {typeof(T).Name}."),
        };
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The result has no column '{key}'; it has: {string.Join(", ", Keys)}.");
    }
}
