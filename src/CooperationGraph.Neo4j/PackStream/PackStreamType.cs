namespace CooperationGraph.Neo4j.PackStream;

/// <summary>The kind of value a marker byte introduces.</summary>
internal enum PackStreamType
{
    Null,
    Boolean,
    Integer,
    Float,
    Bytes,
    String,
    List,
    Map,
    Struct,
}
