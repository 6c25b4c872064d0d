namespace CooperationGraph.Domain.Store;

/// <summary>What an <see cref="AggregateQuery"/> counts.</summary>
public enum AggregateTarget
{
    /// <summary>Nodes.</summary>
    Nodes,

    /// <summary>Relationships.</summary>
    Relationships,
}
