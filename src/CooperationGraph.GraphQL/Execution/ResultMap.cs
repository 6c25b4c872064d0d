using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// One object of a response: response keys in selection order with their completed values. Each key has its slot
/// from the start, filled as its field completes, possibly concurrently, so order never depends on timing. The keys
/// are the selection's plan's, shared by every object of the selection.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                yield return _keys[i];
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                yield return _values[i];
            }
        }
    }

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The key at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The response key.</returns>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The completed value.</returns>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();


    internal void SetAt(int index, object? value) => _values[index] = value;

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
