namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>One line of a fake server script.</summary>
public abstract record ScriptStep
{
    /// <summary><c>!: BOLT 5.4</c> — accept this version if the client offered it.</summary>
    public sealed record Handshake(int Major, int Minor) : ScriptStep;

    /// <summary><c>!: BOLT MANIFEST 5.8 4.4</c> — answer with manifest v1 listing these versions.</summary>
    public sealed record ManifestHandshake(IReadOnlyList<(int Major, int Minor)> Versions) : ScriptStep;

    /// <summary><c>!: BOLT NONE</c> — refuse every offered version.</summary>
    public sealed record RefuseHandshake : ScriptStep;

    /// <summary><c>C: NAME fields...</c> — the client must send this message.</summary>
    public sealed record ClientSends(byte Signature, string Name, IReadOnlyList<object?> Fields) : ScriptStep;

    /// <summary><c>S: NAME fields...</c> — the server sends this message.</summary>
    public sealed record ServerSends(byte Signature, string Name, IReadOnlyList<object?> Fields) : ScriptStep;

    /// <summary><c>S: &lt;NOOP&gt;</c> — a lone end marker, Bolt's keep-alive.</summary>
    public sealed record Noop : ScriptStep;

    /// <summary><c>S: &lt;SILENT 3000&gt;</c> — the server says nothing for that many milliseconds (a hung server).</summary>
    public sealed record Silent(TimeSpan Duration) : ScriptStep;

    /// <summary><c>S: &lt;CLOSE&gt;</c> — the server drops the connection.</summary>
    public sealed record Close : ScriptStep;
}
