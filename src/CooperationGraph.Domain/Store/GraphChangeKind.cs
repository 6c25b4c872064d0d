namespace CooperationGraph.Domain.Store;

/// <summary>What kind of write a <see cref="GraphChange"/> reports.</summary>
public enum GraphChangeKind
{
    /// <summary>A change set was applied.</summary>
    Applied,

    /// <summary>The whole graph was replaced (seeding); the id lists are empty, everything may have changed.</summary>
    Replaced,
}
