using System.Globalization;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// What <c>CALL dbms.components()</c> says about the server: its kernel version and edition, and so which schema
/// commands it has. Neo4j 5.7 added relationship property uniqueness constraints; 4.4 and 5.0–5.6 lack them.
/// Calendar versions (2025.01 and later) succeed 5.26.
/// </summary>
internal sealed record ServerInfo(int Major, int Minor, string Version, string Edition)
{
    /// <summary>The statement that asks; answered by every Neo4j from 4.0 on.</summary>
    public const string Components =
        "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition";

    public bool HasRelationshipUniqueness => Major > 5 || (Major == 5 && Minor >= 7);

    public static ServerInfo Parse(string version, string edition)
    {
        var parts = version.Split('.', '-');
        var major = parts.Length > 0 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new ServerInfo(major, minor, version, edition);
    }

    public override string ToString() => $"Neo4j {Version} {Edition}";
}
