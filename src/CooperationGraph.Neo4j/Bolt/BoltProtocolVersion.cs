using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt;

/// <summary>A negotiated Bolt version and the features that depend on it.</summary>
internal readonly record struct BoltProtocolVersion(int Major, int Minor) : IComparable<BoltProtocolVersion>
{
    public static readonly BoltProtocolVersion V4_4 = new(4, 4);
    public static readonly BoltProtocolVersion V5_0 = new(5, 0);
    public static readonly BoltProtocolVersion V5_1 = new(5, 1);
    public static readonly BoltProtocolVersion V5_3 = new(5, 3);
    public static readonly BoltProtocolVersion V5_4 = new(5, 4);

    /// <summary>The newest version this client speaks.</summary>
    public static readonly BoltProtocolVersion Newest = new(5, 8);

    /// <summary>Whether the client speaks this version: 4.4 and 5.0 to 5.8.</summary>
    public bool IsSupported => this == V4_4 || (Major == 5 && Minor <= Newest.Minor);

    /// <summary>5.1 moved credentials out of HELLO into LOGON.</summary>
    public bool HasLogon => CompareTo(V5_1) >= 0;

    /// <summary>5.3 made <c>bolt_agent</c> a required HELLO field.</summary>
    public bool HasBoltAgent => CompareTo(V5_3) >= 0;

    /// <summary>5.4 added TELEMETRY.</summary>
    public bool HasTelemetry => CompareTo(V5_4) >= 0;

    public PackStreamDialect Dialect => Major >= 5 ? PackStreamDialect.Bolt5 : PackStreamDialect.Legacy;

    public int CompareTo(BoltProtocolVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
