namespace CooperationGraph.Neo4j;

/// <summary>A three-dimensional point in a coordinate reference system (4979 WGS-84-3D, 9157 Cartesian-3D).</summary>
/// <param name="Srid">The coordinate reference system id.</param>
/// <param name="X">The x coordinate.</param>
/// <param name="Y">The y coordinate.</param>
/// <param name="Z">The z coordinate.</param>
public readonly record struct Neo4jPoint3D(int Srid, double X, double Y, double Z);
