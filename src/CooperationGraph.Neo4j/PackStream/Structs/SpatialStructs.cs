namespace CooperationGraph.Neo4j.PackStream;

/// <summary>Point2D (<c>X</c>: srid, x, y) and Point3D (<c>Y</c>: srid, x, y, z).</summary>
internal static class SpatialStructs
{
    public static void Write(PackStreamWriter writer, object value)
    {
        if (value is Neo4jPoint2D p2)
        {
            writer.WriteStructHeader(3, StructTag.Point2D);
            writer.WriteInteger(p2.Srid);
            writer.WriteFloat(p2.X);
            writer.WriteFloat(p2.Y);
        }
        else if (value is Neo4jPoint3D p3)
        {
            writer.WriteStructHeader(4, StructTag.Point3D);
            writer.WriteInteger(p3.Srid);
            writer.WriteFloat(p3.X);
            writer.WriteFloat(p3.Y);
            writer.WriteFloat(p3.Z);
        }
    }

    public static object Read(ref PackStreamReader reader, byte tag, int size)
    {
        if (tag == StructTag.Point2D)
        {
            ValueDecoder.ExpectFields(tag, size, 3);
            return new Neo4jPoint2D(ReadSrid(ref reader), reader.ReadFloat(), reader.ReadFloat());
        }

        ValueDecoder.ExpectFields(tag, size, 4);
        return new Neo4jPoint3D(ReadSrid(ref reader), reader.ReadFloat(), reader.ReadFloat(), reader.ReadFloat());
    }

    private static int ReadSrid(ref PackStreamReader reader)
    {
        var srid = reader.ReadInteger();
        return srid is >= int.MinValue and <= int.MaxValue
            ? (int)srid
            : throw new Neo4jProtocolException($"PackStream: SRID {srid} is out of range.");
    }
}
