using System.Buffers.Binary;

namespace CooperationGraph.Neo4j.Bolt.Handshake;

/// <summary>
/// One 4-byte handshake slot: <c>00 range minor major</c>, covering <c>major.minor</c> down to
/// <c>major.(minor - range)</c>.
/// </summary>
internal readonly record struct VersionRange(int Major, int Minor, int Range)
{
    public static VersionRange Read(ReadOnlySpan<byte> slot) => new(slot[3], slot[2], slot[1]);

    public void Write(Span<byte> slot) => BinaryPrimitives.WriteUInt32BigEndian(slot, (uint)((Range << 16) | (Minor << 8) | Major));

    public bool Contains(BoltProtocolVersion version) =>
        version.Major == Major && version.Minor <= Minor && version.Minor >= Minor - Range;

    /// <summary>The versions of the range, newest first.</summary>
    public IEnumerable<BoltProtocolVersion> Versions()
    {
        for (var minor = Minor; minor >= Math.Max(0, Minor - Range); minor--)
        {
            yield return new BoltProtocolVersion(Major, minor);
        }
    }
}
