using System.Buffers.Binary;
using System.Text;

namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Reads PackStream values from one message's bytes. Primitive reads return values directly
/// (no boxing, no allocation); <see cref="ReadValue"/> builds the object model.
/// Malformed input raises <see cref="Neo4jProtocolException"/>, never an index error.
/// </summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> bytes, PackStreamDialect dialect)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Position { get; private set; }

    public readonly PackStreamDialect Dialect { get; } = dialect;

    public readonly bool AtEnd => Position >= _bytes.Length;

    /// <summary>How many containers enclose the current value; <see cref="ValueDecoder"/> bounds it.</summary>
    public int Depth { get; set; }

    public readonly PackStreamType PeekType()
    {
        if (AtEnd)
        {
            throw Truncated(1);
        }

        var marker = _bytes[Position];
        return (marker >> 4) switch
        {
            0x8 => PackStreamType.String,
            0x9 => PackStreamType.List,
            0xA => PackStreamType.Map,
            0xB => PackStreamType.Struct,
            <= 0x7 or 0xF => PackStreamType.Integer,
            _ => marker switch
            {
                Marker.Null => PackStreamType.Null,
                Marker.Float64 => PackStreamType.Float,
                Marker.False or Marker.True => PackStreamType.Boolean,
                >= Marker.Int8 and <= Marker.Int64 => PackStreamType.Integer,
                >= Marker.Bytes8 and <= Marker.Bytes32 => PackStreamType.Bytes,
                >= Marker.String8 and <= Marker.String32 => PackStreamType.String,
                >= Marker.List8 and <= Marker.List32 => PackStreamType.List,
                >= Marker.Map8 and <= Marker.Map32 => PackStreamType.Map,
                _ => throw new Neo4jProtocolException($"PackStream: unknown marker 0x{marker:X2} at offset {Position}."),
            },
        };
    }

    public void ReadNull() => Expect(ReadMarker() == Marker.Null, "null");

    public bool ReadBoolean()
    {
        var marker = ReadMarker();
        Expect(marker is Marker.True or Marker.False, "a boolean");
        return marker == Marker.True;
    }

    public long ReadInteger()
    {
        var marker = ReadMarker();
        if (marker < 0x80 || marker >= 0xF0)
        {
            return (sbyte)marker;
        }

        return marker switch
        {
            Marker.Int8 => (sbyte)Take(1)[0],
            Marker.Int16 => BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            _ => throw Unexpected(marker, "an integer"),
        };
    }

    public double ReadFloat()
    {
        Expect(ReadMarker() == Marker.Float64, "a float");
        return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
    }

    public string ReadString()
    {
        var marker = ReadMarker();
        var length = marker switch
        {
            >= Marker.TinyString and < Marker.TinyString + 16 => marker & 0x0F,
            Marker.String8 => Take(1)[0],
            Marker.String16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            Marker.String32 => ReadSize32(),
            _ => throw Unexpected(marker, "a string"),
        };
        return length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));
    }

    public byte[] ReadBytes()
    {
        var marker = ReadMarker();
        var length = marker switch
        {
            Marker.Bytes8 => Take(1)[0],
            Marker.Bytes16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            Marker.Bytes32 => ReadSize32(),
            _ => throw Unexpected(marker, "a byte array"),
        };
        return Take(length).ToArray();
    }

    public int ReadListHeader() => ReadContainerHeader(Marker.TinyList, Marker.List8, "a list");

    public int ReadMapHeader() => ReadContainerHeader(Marker.TinyMap, Marker.Map8, "a map");

    public int ReadStructHeader(out byte tag)
    {
        var marker = ReadMarker();
        if ((marker & 0xF0) != Marker.TinyStruct)
        {
            throw Unexpected(marker, "a structure");
        }

        tag = Take(1)[0];
        return marker & 0x0F;
    }

    /// <summary>Reads any value into the object model; see <see cref="ValueDecoder"/>.</summary>
    public object? ReadValue() => ValueDecoder.Read(ref this);

    private int ReadContainerHeader(byte tiny, byte marker8, string what)
    {
        var marker = ReadMarker();
        if ((marker & 0xF0) == tiny)
        {
            return marker & 0x0F;
        }

        return (marker - marker8) switch
        {
            0 => Take(1)[0],
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            2 => ReadSize32(),
            _ => throw Unexpected(marker, what),
        };
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        return size >= 0 ? size : throw new Neo4jProtocolException($"PackStream: size {(uint)size} exceeds what this client accepts.");
    }

    private byte ReadMarker() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Length - Position)
        {
            throw Truncated(count);
        }

        var slice = _bytes.Slice(Position, count);
        Position += count;
        return slice;
    }

    private readonly Neo4jProtocolException Truncated(int wanted) =>
        new($"PackStream: needed {wanted} more byte(s) at offset {Position} but the message has {_bytes.Length - Position}.");

    private readonly Neo4jProtocolException Unexpected(byte marker, string what) =>
        new($"PackStream: expected {what} but found marker 0x{marker:X2} at offset {Position - 1}.");

    private readonly void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw Unexpected(_bytes[Position - 1], what);
        }
    }
}
