using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// One object of a response: response keys in selection order with their completed values. Each key has its slot
/// from the start, filled as its field completes, possibly concurrently, so order never depends on timing. The keys
/// are the selection's plan's, shared by every object of the selection.
/// </summary>
/// <remarks>
/// Most objects of a response have a few fields: up to four, the values are the object's own fields rather than an
/// array of their own (<see cref="Create"/>), which spares an object and its header for every result object.
/// </remarks>
public abstract partial class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;

    private protected ResultMap(string[] keys) => _keys = keys;

    /// <summary>An object of the selection with these response keys, every value null until set.</summary>
    internal static ResultMap Create(string[] keys) => keys.Length switch
    {
        1 => new One(keys),
        2 => new Two(keys),
        3 => new Three(keys),
        4 => new Four(keys),
        _ => new Many(keys),
    };

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
                yield return Get(i);
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
    public object? ValueAt(int index) => (uint)index < (uint)_keys.Length ? Get(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Get(index) : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], Get(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Sets the value at a position, which the executor knows to be in range.</summary>
    internal abstract void SetAt(int index, object? value);

    /// <summary>The value at a position, which the caller knows to be in range.</summary>
    private protected abstract object? Get(int index);

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
