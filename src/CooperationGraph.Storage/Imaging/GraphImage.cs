using System.Buffers.Binary;
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
    public static GraphIndex? TryLoad(string imagePath, ImageStamp expected)
    {
        try
        {
            using var file = new FileStream(imagePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var bodyLength = file.Length - ChecksumBytes;
            if (bodyLength <= 0)
            {
                return null;
            }

            var checksum = new ChecksumStream(file, bodyLength);
            using var buffered = new BufferedStream(checksum, BufferBytes);
            using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt64() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != expected.CommitToken || reader.ReadInt64() != expected.Version)
            {
                return null;
            }

            var nodeCount = reader.ReadInt32();
            var relationshipCount = reader.ReadInt32();
            var index = GraphImageReader.ReadBody(reader, bodyLength, nodeCount, relationshipCount);
            if (buffered.ReadByte() != -1 || !checksum.ReadToLimit)
            {
                return null;
            }

            Span<byte> trailer = stackalloc byte[ChecksumBytes];
            file.ReadExactly(trailer);
            return BinaryPrimitives.ReadUInt64LittleEndian(trailer) == checksum.Checksum ? index : null;
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
}

/// <summary>Which commit an image shows: the database's commit token and graph version at that commit.</summary>
internal sealed record ImageStamp(string CommitToken, long Version);
