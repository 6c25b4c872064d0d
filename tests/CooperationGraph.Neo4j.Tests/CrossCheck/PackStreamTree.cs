using System.Buffers.Binary;
using System.Text;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// A PackStream value as it was written: each node keeps its own raw bytes (a leaf) or its raw header (a container),
/// so two encodings can be compared byte for byte while a reviewed path is excused. Parsed independently of the
/// client's reader, so a reader bug cannot hide a writer bug.
/// </summary>
internal sealed record PackStreamTree(string Kind, byte[] Raw, IReadOnlyList<(string Key, PackStreamTree Value)> Children)
{
    public static PackStreamTree Parse(byte[] bytes)
    {
        var position = 0;
        var tree = Read(bytes, ref position);
        return position == bytes.Length ? tree : throw new FormatException($"{bytes.Length - position} trailing byte(s).");
    }

    /// <summary>The string of a leaf string node, for map keys and messages.</summary>
    public string? Text => Kind == "string" ? Encoding.UTF8.GetString(Raw.AsSpan(HeaderLength(Raw[0]))) : null;

    private static PackStreamTree Read(byte[] bytes, ref int position)
    {
        var start = position;
        var marker = bytes[position++];
        switch (marker)
        {
            case < 0x80 or >= 0xF0:
                return Leaf("int", bytes, start, position);
            case >= 0x80 and <= 0x8F:
                return Leaf("string", bytes, start, position += marker & 0x0F);
            case >= 0x90 and <= 0x9F:
                return Items("list", bytes, start, ref position, marker & 0x0F);
            case >= 0xA0 and <= 0xAF:
                return Entries(bytes, start, ref position, marker & 0x0F);
            case >= 0xB0 and <= 0xBF:
                position++;
                return Items("struct", bytes, start, ref position, marker & 0x0F);
            case 0xC0 or 0xC2 or 0xC3:
                return Leaf("scalar", bytes, start, position);
            case 0xC1:
                return Leaf("float", bytes, start, position += 8);
            case 0xC8 or 0xC9 or 0xCA or 0xCB:
                return Leaf("int", bytes, start, position += 1 << (marker - 0xC8));
            case 0xCC or 0xCD or 0xCE:
                return Leaf("bytes", bytes, start, position = SizedEnd(bytes, ref position, marker - 0xCC));
            case 0xD0 or 0xD1 or 0xD2:
                return Leaf("string", bytes, start, position = SizedEnd(bytes, ref position, marker - 0xD0));
            case 0xD4 or 0xD5 or 0xD6:
                return Items("list", bytes, start, ref position, Size(bytes, ref position, marker - 0xD4));
            case 0xD8 or 0xD9 or 0xDA:
                return Entries(bytes, start, ref position, Size(bytes, ref position, marker - 0xD8));
            default:
                throw new FormatException($"Unknown PackStream marker 0x{marker:X2} at {start}.");
        }
    }

    private static PackStreamTree Leaf(string kind, byte[] bytes, int start, int end) => new(kind, bytes[start..end], []);

    private static PackStreamTree Items(string kind, byte[] bytes, int start, ref int position, int count)
    {
        var header = bytes[start..position];
        var children = new List<(string, PackStreamTree)>();
        for (var i = 0; i < count; i++)
        {
            children.Add((i.ToString(System.Globalization.CultureInfo.InvariantCulture), Read(bytes, ref position)));
        }

        return new(kind, header, children);
    }

    private static PackStreamTree Entries(byte[] bytes, int start, ref int position, int count)
    {
        var header = bytes[start..position];
        var children = new List<(string, PackStreamTree)>();
        for (var i = 0; i < count; i++)
        {
            var key = Read(bytes, ref position);
            children.Add((key.Text ?? throw new FormatException("A map key is not a string."), Read(bytes, ref position)));
        }

        return new("map", header, children);
    }

    private static int SizedEnd(byte[] bytes, ref int position, int width)
    {
        var size = Size(bytes, ref position, width);
        return position + size;
    }

    private static int Size(byte[] bytes, ref int position, int width)
    {
        var span = bytes.AsSpan(position);
        var size = width switch
        {
            0 => span[0],
            1 => BinaryPrimitives.ReadUInt16BigEndian(span),
            _ => checked((int)BinaryPrimitives.ReadUInt32BigEndian(span)),
        };
        position += 1 << width;
        return size;
    }

    private static int HeaderLength(byte marker) => marker switch
    {
        0xD0 => 2,
        0xD1 => 3,
        0xD2 => 5,
        _ => 1,
    };
}
