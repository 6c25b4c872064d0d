namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Builds the object model from PackStream: Integer → <see cref="long"/>, Float → <see cref="double"/>,
/// List → <see cref="List{T}"/> of object, Map → <see cref="Dictionary{TKey, TValue}"/>, structures → the Neo4j value types.
/// </summary>
internal static class ValueDecoder
{
    /// <summary>Nesting deeper than this is refused: forged input must not exhaust the stack.</summary>
    public const int MaxDepth = 256;

    public static object? Read(ref PackStreamReader reader)
    {
        var type = reader.PeekType();
        if (type is PackStreamType.List or PackStreamType.Map or PackStreamType.Struct)
        {
            if (reader.Depth >= MaxDepth)
            {
                throw new Neo4jProtocolException($"PackStream: values nest deeper than {MaxDepth} levels at offset {reader.Position}.");
            }

            reader.Depth++;
            try
            {
                return ReadContainer(ref reader, type);
            }
            finally
            {
                reader.Depth--;
            }
        }

        switch (type)
        {
            case PackStreamType.Null:
                reader.ReadNull();
                return null;
            case PackStreamType.Boolean: return reader.ReadBoolean();
            case PackStreamType.Integer: return reader.ReadInteger();
            case PackStreamType.Float: return reader.ReadFloat();
            case PackStreamType.String: return reader.ReadString();
            default: return reader.ReadBytes();
        }
    }

    private static object ReadContainer(ref PackStreamReader reader, PackStreamType type) => type switch
    {
        PackStreamType.List => ReadList(ref reader),
        PackStreamType.Map => ReadMap(ref reader),
        _ => ReadStruct(ref reader),
    };

    public static List<object?> ReadList(ref PackStreamReader reader)
    {
        var count = reader.ReadListHeader();
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(Read(ref reader));
        }

        return list;
    }

    public static Dictionary<string, object?> ReadMap(ref PackStreamReader reader)
    {
        var count = reader.ReadMapHeader();
        var map = new Dictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            // PackStream says a repeated key's last value wins.
            map[key] = Read(ref reader);
        }

        return map;
    }

    private static object ReadStruct(ref PackStreamReader reader)
    {
        var size = reader.ReadStructHeader(out var tag);
        return tag switch
        {
            StructTag.Node or StructTag.Relationship or StructTag.UnboundRelationship or StructTag.Path =>
                GraphStructs.Read(ref reader, tag, size),
            StructTag.Point2D or StructTag.Point3D => SpatialStructs.Read(ref reader, tag, size),
            _ => TemporalStructs.Read(ref reader, tag, size),
        };
    }

    /// <summary>Throws unless a structure has the field count its tag requires.</summary>
    public static void ExpectFields(byte tag, int size, params ReadOnlySpan<int> allowed)
    {
        foreach (var count in allowed)
        {
            if (count == size)
            {
                return;
            }
        }

        throw new Neo4jProtocolException(
            $"PackStream: structure '{(char)tag}' (0x{tag:X2}) has {size} fields; expected {string.Join(" or ", allowed.ToArray())}.");
    }
}
