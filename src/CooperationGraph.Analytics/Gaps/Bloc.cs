namespace CooperationGraph.Analytics.Gaps;

/// <summary>The side of the cooperation a place or an actor belongs to (the <c>bloc</c> of a region).</summary>
public enum Bloc
{
    /// <summary>Guangxi Zhuang Autonomous Region and its cities.</summary>
    Guangxi,

    /// <summary>The Greater Bay Area: the nine Guangdong cities, Guangdong itself, Hong Kong and Macao.</summary>
    GreaterBayArea,

    /// <summary>Anywhere else, national bodies included (China, Yunnan, ASEAN …).</summary>
    Other,
}
