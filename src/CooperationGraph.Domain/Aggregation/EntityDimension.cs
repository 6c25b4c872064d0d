namespace CooperationGraph.Domain.Aggregation;

/// <summary>What entities are grouped by in a <see cref="GroupCounter"/> aggregate.</summary>
public enum EntityDimension
{
    /// <summary>The concrete label (<c>University</c>).</summary>
    Label,

    /// <summary>The bloc (<c>GUANGXI</c>); <c>UNKNOWN</c> when unplaced.</summary>
    Bloc,

    /// <summary>The city (id) the entity lies in; <c>UNKNOWN</c> when none.</summary>
    City,

    /// <summary>Every region (id) the entity lies in, one in several counting in each (a region itself left out); <c>UNKNOWN</c> when none.</summary>
    Region,

    /// <summary>The sectors (ids) of the entity (<c>IN_SECTOR</c>), one in two sectors counting in both; <c>UNKNOWN</c> when none.</summary>
    Sector,
}
