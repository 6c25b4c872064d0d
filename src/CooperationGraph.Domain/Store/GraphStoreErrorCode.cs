namespace CooperationGraph.Domain.Store;

/// <summary>Why a store refused a request; stable across store implementations.</summary>
public enum GraphStoreErrorCode
{
    /// <summary>An argument is out of range or malformed (a negative limit, an empty id, an unsafe property name).</summary>
    InvalidArgument,

    /// <summary>A paging cursor was not issued by this store for this query.</summary>
    InvalidCursor,

    /// <summary>A relationship would point at a node that does not exist after the change.</summary>
    DanglingRelationship,

    /// <summary>A node or relationship record is inconsistent (its labels omit its label, it has no sources …).</summary>
    InvalidRecord,

    /// <summary>The stored data cannot be read by this version of the store.</summary>
    IncompatibleStorage,
}
