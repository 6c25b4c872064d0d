namespace CooperationGraph.Domain.Store;

/// <summary>How an <see cref="AggregateQuery"/> groups what it counts.</summary>
public enum AggregateGrouping
{
    /// <summary>Nodes by concrete label.</summary>
    Label,

    /// <summary>By the value of <see cref="AggregateQuery.Property"/>; a list property counts once per element.</summary>
    Property,

    /// <summary>Relationships by type.</summary>
    RelationshipType,

    /// <summary>Relationships by status (<c>Implemented</c>, <c>Ongoing</c>, <c>Planned</c>).</summary>
    Status,

    /// <summary>
    /// By start year: a relationship's date, or a node's date property named by <see cref="AggregateQuery.Property"/>.
    /// </summary>
    Year,
}
