namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>The script value <c>*</c>: matches anything the client sends in that place.</summary>
public sealed class Wildcard
{
    public static readonly Wildcard Instance = new();

    private Wildcard()
    {
    }

    public override string ToString() => "*";
}
