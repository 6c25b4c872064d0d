namespace CooperationGraph.Domain.Aggregation;

/// <summary>What relationships are grouped by in a <see cref="GroupCounter"/> aggregate.</summary>
public enum RelationshipDimension
{
    /// <summary>The relationship type (<c>FUNDS</c>).</summary>
    Type,

    /// <summary>The status as its enum value (<c>PLANNED</c>).</summary>
    Status,

    /// <summary>The start year of the date; <c>UNKNOWN</c> when undated.</summary>
    Year,

    /// <summary>What the amount covers (<c>ONE_OFF</c>, <c>PER_YEAR</c>, <c>CUMULATIVE</c>); <c>UNKNOWN</c> when no period is recorded.</summary>
    AmountPeriod,

    /// <summary>The concrete label of the start entity: the kind of actor.</summary>
    Label,

    /// <summary>The bloc of the start entity (<c>GUANGXI</c>); <c>UNKNOWN</c> when unplaced.</summary>
    Bloc,

    /// <summary>The city (id) the start entity lies in; <c>UNKNOWN</c> when none.</summary>
    City,

    /// <summary>
    /// Every region (id) the start entity lies in, its city, province and bloc-level regions alike, one in several
    /// counting in each (the region itself left out); <c>UNKNOWN</c> when none.
    /// </summary>
    Region,

    /// <summary>The sectors (ids) of the start entity, one in two sectors counting in both; <c>UNKNOWN</c> when none.</summary>
    Sector,

    /// <summary>The start entity (id): the payer of a <c>FUNDS</c> link, the builder of a <c>CO_BUILDS</c> one.</summary>
    Start,

    /// <summary>The end entity (id): the recipient, the fund or the lab.</summary>
    End,
}
