namespace CooperationGraph.Neo4j.PackStream;

/// <summary>PackStream marker bytes; the high nibble of tiny markers carries the type, the low nibble the size.</summary>
internal static class Marker
{
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    public const byte TinyString = 0x80;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    public const byte TinyList = 0x90;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    public const byte TinyMap = 0xA0;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;
    public const byte TinyStruct = 0xB0;

    /// <summary>Smallest integer a single marker byte holds (0xF0).</summary>
    public const long TinyIntMin = -16;

    /// <summary>Largest integer a single marker byte holds (0x7F).</summary>
    public const long TinyIntMax = 127;

    /// <summary>Structures carry at most fifteen fields: the size lives in the marker's low nibble.</summary>
    public const int MaxStructFields = 15;
}
