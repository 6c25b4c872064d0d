namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Seeded generator of random nested PackStream values, biased towards encoding boundaries.</summary>
internal sealed class RandomValues(int seed)
{
    private static readonly long[] IntegerEdges =
    [
        0, 1, -1, -16, -17, 127, 128, -128, -129, 32767, 32768, -32768, -32769,
        int.MaxValue, (long)int.MaxValue + 1, int.MinValue, (long)int.MinValue - 1, long.MaxValue, long.MinValue,
    ];

    private static readonly int[] SizeEdges = [0, 1, 15, 16, 255, 256];

    private readonly Random _random = new(seed);

    public object? Next(int depth = 3)
    {
        var kind = _random.Next(depth > 0 ? 20 : 14);
        return kind switch
        {
            0 => null,
            1 => _random.Next(2) == 0,
            2 => IntegerEdges[_random.Next(IntegerEdges.Length)],
            3 => _random.NextInt64(long.MinValue, long.MaxValue),
            4 => _random.NextDouble() * Math.Pow(10, _random.Next(-10, 10)) * (_random.Next(2) == 0 ? 1 : -1),
            5 => Text(),
            6 => Bytes(),
            7 => new Neo4jDate(_random.NextInt64(-1_000_000, 1_000_000)),
            8 => new Neo4jLocalTime(_random.NextInt64(0, 86_400_000_000_000)),
            9 => new Neo4jDateTime(_random.NextInt64(-10_000_000_000, 10_000_000_000), _random.Next(1_000_000_000), _random.Next(-64_800, 64_800)),
            10 => new Neo4jZonedDateTime(_random.NextInt64(-10_000_000_000, 10_000_000_000), _random.Next(1_000_000_000), "Asia/Hong_Kong"),
            11 => new Neo4jDuration(_random.Next(-100, 100), _random.Next(-100, 100), _random.NextInt64(-1_000_000, 1_000_000), _random.Next(1_000_000_000)),
            12 => new Neo4jPoint2D(4326, _random.NextDouble() * 180, _random.NextDouble() * 90),
            13 => new Neo4jPoint3D(9157, _random.NextDouble(), _random.NextDouble(), _random.NextDouble()),
            14 or 15 => List(depth),
            16 or 17 => Map(depth),
            18 => Node(),
            _ => new Neo4jRelationship(_random.Next(), _random.Next(), _random.Next(), Text(), Map(1), Text(), Text(), Text()),
        };
    }

    private Neo4jNode Node() => new(_random.Next(), [Text(), Text()], Map(1), Text());

    private List<object?> List(int depth) => Enumerable.Range(0, Size()).Select(_ => Next(depth - 1)).ToList();

    private Dictionary<string, object?> Map(int depth)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var size = Size();
        for (var i = 0; i < size; i++)
        {
            map[Text() + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Next(depth - 1);
        }

        return map;
    }

    private int Size() => _random.Next(4) == 0 ? SizeEdges[_random.Next(SizeEdges.Length)] : _random.Next(6);

    private string Text()
    {
        const string alphabet = "abcXYZ 0-9_广西粤港澳大湾区ß🚀";
        var length = _random.Next(4) == 0 ? SizeEdges[_random.Next(SizeEdges.Length)] : _random.Next(12);
        var chars = new System.Text.StringBuilder();
        while (chars.Length < length)
        {
            var index = _random.Next(alphabet.Length);
            if (char.IsSurrogate(alphabet[index]))
            {
                // Keep surrogate pairs whole: the emoji is the last two chars.
                chars.Append(alphabet, alphabet.Length - 2, 2);
            }
            else
            {
                chars.Append(alphabet[index]);
            }
        }

        return chars.ToString();
    }

    private byte[] Bytes()
    {
        var bytes = new byte[Size()];
        _random.NextBytes(bytes);
        return bytes;
    }
}
