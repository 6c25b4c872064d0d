using System.Collections;

namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Maps .NET values to PackStream. Integers of every width become Integer, <see cref="float"/>/<see cref="double"/>
/// Float, dictionaries with string keys Map, other enumerables List, and the Neo4j value types (and
/// <see cref="DateOnly"/>, <see cref="TimeOnly"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/>,
/// <see cref="TimeSpan"/>) their structures. Anything else is refused with a message naming the type.
/// </summary>
internal static class ValueEncoder
{
    public static void Write(PackStreamWriter writer, object? value)
    {
        if (value is null or string or ValueType)
        {
            WriteValue(writer, value);
            return;
        }

        // Containers and graph values: bound the depth so a self-referencing list fails cleanly.
        if (writer.Depth >= ValueDecoder.MaxDepth)
        {
            throw new Neo4jClientException($"Values nested deeper than {ValueDecoder.MaxDepth} levels (or containing themselves) cannot be sent to Neo4j.");
        }

        writer.Depth++;
        try
        {
            WriteValue(writer, value);
        }
        finally
        {
            writer.Depth--;
        }
    }

    private static void WriteValue(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case bool b: writer.WriteBoolean(b); break;
            case long l: writer.WriteInteger(l); break;
            case int i: writer.WriteInteger(i); break;
            case short s: writer.WriteInteger(s); break;
            case sbyte sb: writer.WriteInteger(sb); break;
            case byte by: writer.WriteInteger(by); break;
            case ushort us: writer.WriteInteger(us); break;
            case uint ui: writer.WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: writer.WriteInteger((long)ul); break;
            case double d: writer.WriteFloat(d); break;
            case float f: writer.WriteFloat(f); break;
            case string str: writer.WriteString(str); break;
            case char c: writer.WriteString(c.ToString()); break;
            case byte[] bytes: writer.WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: writer.WriteBytes(memory.Span); break;
            case Dictionary<string, object?> map: WriteDictionary(writer, map); break;
            case List<object?> list: WriteObjectList(writer, list); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IDictionary<string, object?> map: WriteMap(writer, map); break;
            case IDictionary dictionary: WriteDictionary(writer, dictionary); break;
            case Neo4jNode or Neo4jRelationship or Neo4jUnboundRelationship or Neo4jPath:
                GraphStructs.Write(writer, value);
                break;
            case Neo4jPoint2D or Neo4jPoint3D: SpatialStructs.Write(writer, value); break;
            case IEnumerable list: WriteList(writer, list); break;
            default:
                if (!TemporalStructs.TryWrite(writer, value))
                {
                    throw new Neo4jClientException($"Values of type {value.GetType().FullName} cannot be sent to Neo4j.");
                }

                break;
        }
    }

    private static void WriteMap<TValue>(PackStreamWriter writer, IEnumerable<KeyValuePair<string, TValue>> map)
    {
        var count = map.TryGetNonEnumeratedCount(out var known) ? known : map.Count();
        writer.WriteMapHeader(count);
        foreach (var (key, item) in map)
        {
            writer.WriteString(key);
            Write(writer, item);
        }
    }

    // The concrete collections the decoder produces get loops over their struct enumerators: no boxing.
    private static void WriteDictionary(PackStreamWriter writer, Dictionary<string, object?> map)
    {
        writer.WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            writer.WriteString(key);
            Write(writer, item);
        }
    }

    private static void WriteObjectList(PackStreamWriter writer, List<object?> list)
    {
        writer.WriteListHeader(list.Count);
        foreach (var item in list)
        {
            Write(writer, item);
        }
    }

    private static void WriteDictionary(PackStreamWriter writer, IDictionary dictionary)
    {
        writer.WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new Neo4jClientException($"Map keys sent to Neo4j must be strings, not {entry.Key.GetType().FullName}.");
            }

            writer.WriteString(key);
            Write(writer, entry.Value);
        }
    }

    private static void WriteList(PackStreamWriter writer, IEnumerable list)
    {
        if (list is ICollection collection)
        {
            writer.WriteListHeader(collection.Count);
            foreach (var item in collection)
            {
                Write(writer, item);
            }

            return;
        }

        var items = list.Cast<object?>().ToList();
        writer.WriteListHeader(items.Count);
        foreach (var item in items)
        {
            Write(writer, item);
        }
    }
}
