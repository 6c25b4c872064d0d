using System.Globalization;

namespace CooperationGraph.Neo4j.PackStream;

/// <summary>
/// Node, Relationship, UnboundRelationship and Path. Bolt 5 appends element ids to the 4.4 field lists;
/// the field count tells which layout arrived.
/// </summary>
internal static class GraphStructs
{
    public static void Write(PackStreamWriter writer, object value)
    {
        var withIds = writer.Dialect.ElementIds;
        switch (value)
        {
            case Neo4jNode node:
                writer.WriteStructHeader(withIds ? 4 : 3, StructTag.Node);
                writer.WriteInteger(node.Id);
                writer.WriteValue(node.Labels);
                writer.WriteValue(node.Properties);
                WriteIf(writer, withIds, node.ElementId);
                break;
            case Neo4jRelationship rel:
                writer.WriteStructHeader(withIds ? 8 : 5, StructTag.Relationship);
                writer.WriteInteger(rel.Id);
                writer.WriteInteger(rel.StartNodeId);
                writer.WriteInteger(rel.EndNodeId);
                writer.WriteString(rel.Type);
                writer.WriteValue(rel.Properties);
                WriteIf(writer, withIds, rel.ElementId);
                WriteIf(writer, withIds, rel.StartNodeElementId);
                WriteIf(writer, withIds, rel.EndNodeElementId);
                break;
            case Neo4jUnboundRelationship rel:
                writer.WriteStructHeader(withIds ? 4 : 3, StructTag.UnboundRelationship);
                writer.WriteInteger(rel.Id);
                writer.WriteString(rel.Type);
                writer.WriteValue(rel.Properties);
                WriteIf(writer, withIds, rel.ElementId);
                break;
            case Neo4jPath path:
                writer.WriteStructHeader(3, StructTag.Path);
                writer.WriteValue(path.Nodes);
                writer.WriteValue(path.Relationships);
                writer.WriteValue(path.Indices);
                break;
        }
    }

    public static object Read(ref PackStreamReader reader, byte tag, int size)
    {
        switch (tag)
        {
            case StructTag.Node:
                ValueDecoder.ExpectFields(tag, size, 3, 4);
                {
                    var id = reader.ReadInteger();
                    var labels = ReadStrings(ref reader);
                    var properties = ValueDecoder.ReadMap(ref reader);
                    return new Neo4jNode(id, labels, properties, ReadElementId(ref reader, size == 4, id));
                }

            case StructTag.Relationship:
                ValueDecoder.ExpectFields(tag, size, 5, 8);
                {
                    var id = reader.ReadInteger();
                    var start = reader.ReadInteger();
                    var end = reader.ReadInteger();
                    var type = reader.ReadString();
                    var properties = ValueDecoder.ReadMap(ref reader);
                    var withIds = size == 8;
                    return new Neo4jRelationship(id, start, end, type, properties,
                        ReadElementId(ref reader, withIds, id),
                        ReadElementId(ref reader, withIds, start),
                        ReadElementId(ref reader, withIds, end));
                }

            case StructTag.UnboundRelationship:
                ValueDecoder.ExpectFields(tag, size, 3, 4);
                {
                    var id = reader.ReadInteger();
                    var type = reader.ReadString();
                    var properties = ValueDecoder.ReadMap(ref reader);
                    return new Neo4jUnboundRelationship(id, type, properties, ReadElementId(ref reader, size == 4, id));
                }

            default:
                ValueDecoder.ExpectFields(tag, size, 3);
                return ReadPath(ref reader);
        }
    }

    private static Neo4jPath ReadPath(ref PackStreamReader reader)
    {
        var nodes = new List<Neo4jNode>();
        for (var count = reader.ReadListHeader(); count > 0; count--)
        {
            nodes.Add(reader.ReadValue() as Neo4jNode ?? throw new Neo4jProtocolException("PackStream: a path's nodes must be Node structures."));
        }

        var relationships = new List<Neo4jUnboundRelationship>();
        for (var count = reader.ReadListHeader(); count > 0; count--)
        {
            relationships.Add(reader.ReadValue() as Neo4jUnboundRelationship
                ?? throw new Neo4jProtocolException("PackStream: a path's relationships must be UnboundRelationship structures."));
        }

        var indices = new List<long>();
        for (var count = reader.ReadListHeader(); count > 0; count--)
        {
            indices.Add(reader.ReadInteger());
        }

        return new Neo4jPath(nodes, relationships, indices);
    }

    private static List<string> ReadStrings(ref PackStreamReader reader)
    {
        var count = reader.ReadListHeader();
        var strings = new List<string>(Math.Min(count, 64));
        for (var i = 0; i < count; i++)
        {
            strings.Add(reader.ReadString());
        }

        return strings;
    }

    private static string ReadElementId(ref PackStreamReader reader, bool present, long legacyId) =>
        present ? reader.ReadString() : legacyId.ToString(CultureInfo.InvariantCulture);

    private static void WriteIf(PackStreamWriter writer, bool condition, string value)
    {
        if (condition)
        {
            writer.WriteString(value);
        }
    }
}
