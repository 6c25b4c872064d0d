using System.Buffers.Binary;
using System.Text;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// The body of an image held whole in one array and read in place, in the encoding <see cref="BinaryWriter"/> wrote
/// it with (little-endian integers, 7-bit encoded counts, length-prefixed UTF-8 strings). Reading the file in one
/// block and parsing from the array costs a fraction of a <see cref="BinaryReader"/> over buffered streams, which
/// pays a virtual call per byte; a read past the body fails with <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class ImageBuffer(byte[] bytes, int length)
{
    private int _position;

    /// <summary>Whether every byte of the body has been read.</summary>
    public bool AtEnd => _position == length;

    /// <summary>The number of bytes of the body: no honest count of items exceeds it.</summary>
    public int Length => length;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public decimal ReadDecimal()
    {
        var bits = Take(4 * sizeof(int));
        return new decimal([
            BinaryPrimitives.ReadInt32LittleEndian(bits),
            BinaryPrimitives.ReadInt32LittleEndian(bits[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bits[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(bits[12..]),
        ]);
    }

    public string ReadString()
    {
        var byteCount = Read7BitEncodedInt();
        return byteCount == 0 ? string.Empty : Encoding.UTF8.GetString(Take(byteCount));
    }

    public int Read7BitEncodedInt()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = ReadByte();
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return (int)value;
            }
        }

        throw new InvalidDataException("The image holds a malformed count.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > length - _position)
        {
            throw new InvalidDataException("The image ends in the middle of a record.");
        }

        var taken = bytes.AsSpan(_position, count);
        _position += count;
        return taken;
    }
}
