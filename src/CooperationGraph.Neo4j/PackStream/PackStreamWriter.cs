using System.Buffers.Binary;
using System.Text;

namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Writes PackStream values into a pooled buffer, always choosing the smallest encoding.
/// Big-endian throughout, as PackStream requires.
/// </summary>
internal sealed class PackStreamWriter(PooledByteBuffer buffer, PackStreamDialect dialect)
{
    public PooledByteBuffer Buffer { get; } = buffer;

    public PackStreamDialect Dialect { get; } = dialect;

    /// <summary>How many containers enclose the value being written; <see cref="ValueEncoder"/> bounds it.</summary>
    public int Depth { get; set; }

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void WriteInteger(long value)
    {
        if (value is >= Marker.TinyIntMin and <= Marker.TinyIntMax)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = Buffer.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            Buffer.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = Buffer.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            Buffer.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = Buffer.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            Buffer.Advance(5);
        }
        else
        {
            var span = Buffer.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            Buffer.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = Buffer.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        Buffer.Advance(9);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(length, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        var span = Buffer.GetSpan(length);
        Buffer.Advance(Encoding.UTF8.GetBytes(value, span));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Byte arrays have no tiny form: the smallest marker is the 8-bit size.
        WriteSizedHeader(value.Length, tiny: null, Marker.Bytes8, Marker.Bytes16, Marker.Bytes32);
        value.CopyTo(Buffer.GetSpan(value.Length));
        Buffer.Advance(value.Length);
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > Marker.MaxStructFields)
        {
            throw new Neo4jProtocolException($"PackStream: a structure holds at most 15 fields, not {fieldCount}.");
        }

        var span = Buffer.GetSpan(2);
        span[0] = (byte)(Marker.TinyStruct | fieldCount);
        span[1] = tag;
        Buffer.Advance(2);
    }

    /// <summary>Writes any supported .NET value; see <see cref="ValueEncoder"/> for the mapping.</summary>
    public void WriteValue(object? value) => ValueEncoder.Write(this, value);

    private void WriteByte(byte value)
    {
        Buffer.GetSpan(1)[0] = value;
        Buffer.Advance(1);
    }

    private void WriteSizedHeader(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (tiny is { } tinyMarker && size < 16)
        {
            WriteByte((byte)(tinyMarker | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = Buffer.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            Buffer.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = Buffer.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            Buffer.Advance(3);
        }
        else
        {
            var span = Buffer.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            Buffer.Advance(5);
        }
    }
}
