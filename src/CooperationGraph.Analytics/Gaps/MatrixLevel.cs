namespace CooperationGraph.Analytics.Gaps;

/// <summary>How finely the cooperation matrix places actors.</summary>
public enum MatrixLevel
{
    /// <summary>Guangxi cities (and a province-level row) × Greater Bay Area cities, Guangdong (province-level), Hong Kong, Macao.</summary>
    City,

    /// <summary>Guangxi × Guangdong, Hong Kong, Macao.</summary>
    Province,
}
