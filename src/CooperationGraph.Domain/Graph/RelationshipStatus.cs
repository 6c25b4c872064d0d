namespace CooperationGraph.Domain.Graph;

/// <summary>Whether a letter reports a relationship as done, under way, or announced as a next step.</summary>
public enum RelationshipStatus
{
    /// <summary>Reported as done (the default).</summary>
    Implemented,

    /// <summary>Reported as under way.</summary>
    Ongoing,

    /// <summary>Announced as a next step (下一步): a plan that may or may not have follow-up.</summary>
    Planned,
}
