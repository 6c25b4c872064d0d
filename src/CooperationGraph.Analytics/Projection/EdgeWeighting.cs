namespace CooperationGraph.Analytics.Projection;

/// <summary>How the relationships between a pair of nodes become the weight of their projected edge.</summary>
public enum EdgeWeighting
{
    /// <summary>The number of relationships (facts) between the pair: more stated ties, a stronger edge.</summary>
    FactCount,

    /// <summary>
    /// The sum of the relationships' stated amounts (<c>StatedAmount.Value</c>, in base units). Relationships
    /// without an amount add nothing, and a pair none of whose relationships states an amount is left out:
    /// a zero-weight edge would mean "no tie" to every weighted algorithm.
    /// </summary>
    Amount,

    /// <summary>Every connected pair weighs 1, however many relationships join it.</summary>
    Unweighted,
}
