namespace CooperationGraph.Analytics.Communities;

/// <summary>A partition of a projection's nodes into communities, with its modularity.</summary>
public sealed class CommunityPartition
{
    private readonly int[] _membership;

    internal CommunityPartition(int[] membership, int communityCount, double modularity, int levels)
    {
        _membership = membership;
        CommunityCount = communityCount;
        Modularity = modularity;
        Levels = levels;
    }

    /// <summary>Each node's community, by node index; communities are numbered <c>0..CommunityCount-1</c> in order of their first node.</summary>
    public IReadOnlyList<int> Membership => _membership;

    /// <summary>How many communities there are.</summary>
    public int CommunityCount { get; }

    /// <summary>The partition's modularity on the projection, at the resolution it was found with.</summary>
    public double Modularity { get; }

    /// <summary>How many aggregation levels the algorithm ran.</summary>
    public int Levels { get; }
}
