namespace CooperationGraph.Neo4j;

/// <summary>A two-dimensional point in a coordinate reference system (4326 WGS-84, 7203 Cartesian).</summary>
/// <param name="Srid">The coordinate reference system id.</param>
/// <param name="X">The x coordinate (longitude for WGS-84).</param>
/// <param name="Y">The y coordinate (latitude for WGS-84).</param>
public readonly record struct Neo4jPoint2D(int Srid, double X, double Y);
