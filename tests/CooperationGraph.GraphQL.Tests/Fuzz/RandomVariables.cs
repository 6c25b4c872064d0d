namespace CooperationGraph.GraphQL.Tests.Fuzz;

/// <summary>
/// Random request variables of every JSON shape, biased towards the edges coercion must reject: 32-bit overflow,
/// non-integral and huge numbers, wrong shapes, deep nesting, unknown and missing keys of input objects.
/// </summary>
internal sealed class RandomVariables(Random random)
{
    private static readonly string[] Names = ["command", "withMother", "atOtherHomes", "complex", "ints", "x", "y", "s", "i", "v", "arg"];

    private static readonly string[] Keys =
        ["requiredField", "nonNullField", "intField", "stringField", "booleanField", "stringListField", "unknown", "if"];

    public Dictionary<string, object?>? Next(IEnumerable<string> declared)
    {
        if (random.Next(8) == 0)
        {
            return null;
        }

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in declared.Concat(Names.Where(_ => random.Next(6) == 0)))
        {
            if (random.Next(5) != 0)
            {
                variables[name] = Value(0);
            }
        }

        return variables;
    }

    private object? Value(int depth) => random.Next(depth > 3 ? 12 : 16) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(-3, 4),
        3 => random.Next(2) == 0 ? 2147483648d : -2147483649d,
        4 => random.Next(3) switch { 0 => 1.5, 1 => 1e300, _ => -0.0 },
        5 => (double)random.Next(1000),
        6 => "",
        7 => random.Next(4) switch { 0 => "SIT", 1 => "BROWN", 2 => "12", _ => "é\u0000\uD83D" },
        8 => "h1",
        9 => long.MaxValue,
        10 => double.NaN,
        11 => "true",
        12 or 13 => List(depth),
        _ => Object(depth),
    };

    private List<object?> List(int depth)
    {
        var items = new List<object?>();
        for (var i = random.Next(4); i > 0; i--)
        {
            items.Add(Value(depth + 1));
        }

        return items;
    }

    private Dictionary<string, object?> Object(int depth)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = random.Next(5); i > 0; i--)
        {
            entries[Keys[random.Next(Keys.Length)]] = Value(depth + 1);
        }

        return entries;
    }
}
