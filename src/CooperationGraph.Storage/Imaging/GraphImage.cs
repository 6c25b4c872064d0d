using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// The image of the in-memory graph: a binary file beside the database (<c>&lt;database&gt;.image</c>) from which
/// the graph is rebuilt at open instead of reading and decoding every row. It is only ever a cache of the database:
/// its header carries the commit token and graph version of the commit it shows, so it is used only when both match
/// the database's; it ends with a 64-bit XXH3 checksum of everything before; and it is written to a temporary file
/// that replaces the old image in one rename. A missing, stale, partial or damaged image is ignored and the graph is
/// read from SQLite, as it always could be.
/// </summary>
internal static class GraphImage
{
    public const long Magic = 0x31_47_41_4D_49_47_43; // "CGIMAG1" little-endian
    public const int FormatVersion = 1;
    private const int ChecksumBytes = sizeof(ulong);
    private const int BufferBytes = 1 << 20;

    public static string PathOf(string databasePath) => databasePath + ".image";

    /// <summary>Loads the image when it shows exactly <paramref name="expected"/>; null when it is missing, stale or damaged.</summary>
    public static GraphIndex? TryLoad(string imagePath, ImageStamp expected, LoadPhases? phases = null)
    {
        try
        {
            var bytes = ReadWhole(imagePath);
            var bodyLength = bytes.Length - ChecksumBytes;
            if (bodyLength <= 0)
            {
                return null;
            }

            var body = new ImageBuffer(bytes, bodyLength);
            if (body.ReadInt64() != Magic || body.ReadInt32() != FormatVersion || body.ReadString() != expected.CommitToken || body.ReadInt64() != expected.Version)
            {
                return null;
            }

            // Checked before anything is built from the body: a damaged image costs no more than reading it.
            var checksum = XxHash3.HashToUInt64(bytes.AsSpan(0, bodyLength));
            if (BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bodyLength)) != checksum)
            {
                return null;
            }

            phases?.End("read and checksum");
            var nodeCount = body.ReadInt32();
            var relationshipCount = body.ReadInt32();
            using (CollectionPause.Begin(bytes.Length))
            {
                var index = GraphImageReader.ReadBody(body, nodeCount, relationshipCount, phases);
                return body.AtEnd ? index : null;
            }
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                               or ArgumentException or OverflowException or JsonException or GraphStoreException
                                               or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the image of <paramref name="index"/> to a temporary file, forces it to disk, then renames it over the
    /// image; a crash at any point leaves the old image (stale, so ignored) or the new one.
    /// </summary>
    public static void Write(string imagePath, GraphIndex index, ImageStamp stamp, Action<string>? progress = null)
    {
        var temporary = imagePath + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
        {
            var checksum = new ChecksumStream(file);
            using (var buffered = new BufferedStream(checksum, BufferBytes))
            using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
            {
                GraphImageWriter.Write(writer, index, stamp, progress);
            }

            Span<byte> trailer = stackalloc byte[ChecksumBytes];
            BinaryPrimitives.WriteUInt64LittleEndian(trailer, checksum.Checksum);
            file.Write(trailer);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, imagePath, overwrite: true);
    }

    /// <summary>Removes a temporary file a killed write left behind, if it can; the next write replaces it anyway.</summary>
    public static void DeleteLeftovers(string imagePath)
    {
        try
        {
            File.Delete(imagePath + ".tmp");
        }
        catch (Exception refused) when (refused is IOException or UnauthorizedAccessException)
        {
            // Left for the next write to overwrite.
        }
    }

    /// <summary>The whole file in one array, read in large blocks.</summary>
    private static byte[] ReadWhole(string imagePath)
    {
        using var file = File.OpenHandle(imagePath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(file);
        if (length > Array.MaxLength)
        {
            throw new InvalidDataException("The image is larger than any image this store writes.");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        for (var offset = 0; offset < bytes.Length;)
        {
            var read = RandomAccess.Read(file, bytes.AsSpan(offset), offset);
            offset += read > 0 ? read : throw new InvalidDataException("The image was cut short while it was read.");
        }

        return bytes;
    }
}

/// <summary>Which commit an image shows: the database's commit token and graph version at that commit.</summary>
internal sealed record ImageStamp(string CommitToken, long Version);
