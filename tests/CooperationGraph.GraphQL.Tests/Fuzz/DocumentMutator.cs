using System.Text;

namespace CooperationGraph.GraphQL.Tests.Fuzz;

/// <summary>Makes malformed and odd documents from well-formed seeds, deterministically from a seeded random.</summary>
internal sealed class DocumentMutator(Random random, IReadOnlyList<string> seeds)
{
    private static readonly string[] Vocabulary =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", ",", "#c\n",
        "query", "mutation", "subscription", "fragment", "on", "type", "extend", "schema", "directive", "repeatable",
        "interface", "union", "enum", "input", "scalar", "implements", "true", "false", "null", "__typename",
        "dog", "name", "Dog", "Pet", "ID", "Int", "String", "0", "-1", "1.5", "1e10", "00", "1.", "0x1", "-",
        "\"s\"", "\"\"\"block\"\"\"", "\"\\u{1F600}\"", "\"\\uD83D\\uDE00\"", "\"\\uD800\"", "\"unterminated", "\"\"\"",
        "\\", "'", "\r\n", "\r", "\n", "\t", "\uFEFF", "\u0000", "\uD83D", "\uDE00", "\U0001F600", "é", "?",
    ];

    public string Next()
    {
        var seed = seeds[random.Next(seeds.Count)];
        return random.Next(10) switch
        {
            0 => RandomText(),
            1 => DeepNesting(),
            2 or 3 or 4 => MutateTokens(seed, 1 + random.Next(4)),
            _ => MutateCharacters(seed, 1 + random.Next(4)),
        };
    }

    private string RandomText()
    {
        var length = random.Next(64);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) == 0 ? Vocabulary[random.Next(Vocabulary.Length)] : ((char)random.Next(0x80)).ToString());
        }

        return builder.ToString();
    }

    private string DeepNesting()
    {
        // Mostly shallow enough to parse, sometimes around the parser's nesting limit, sometimes far beyond it.
        var depth = random.Next(100) switch
        {
            < 60 => random.Next(1, 64),
            < 62 => random.Next(400, 600),
            _ => random.Next(600, 20_000),
        };
        var (open, close, prefix, suffix) = random.Next(4) switch
        {
            0 => ("{a", "}", "", ""),
            1 => ("[", "]", "{ dog(x: ", ") }"),
            2 => ("{a:", "}", "{ dog(x: ", ") }"),
            _ => ("[", "]", "query($v: ", "Int) { dog }"),
        };
        var closeCount = random.Next(3) == 0 ? random.Next(depth + 1) : depth;
        return prefix + string.Concat(Enumerable.Repeat(open, depth)) + (open == "{a:" ? "1" : "")
            + string.Concat(Enumerable.Repeat(close, closeCount)) + suffix;
    }

    private string MutateTokens(string seed, int mutations)
    {
        var tokens = Tokenize(seed);
        for (var m = 0; m < mutations && tokens.Count > 0; m++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(4))
            {
                case 0:
                    tokens.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 1:
                    tokens.RemoveAt(at);
                    break;
                case 2:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                default:
                    var length = Math.Min(tokens.Count - at, 1 + random.Next(8));
                    tokens.InsertRange(at, tokens.GetRange(at, length));
                    break;
            }
        }

        return string.Join(random.Next(3) == 0 ? "" : " ", tokens);
    }

    private string MutateCharacters(string seed, int mutations)
    {
        var builder = new StringBuilder(seed);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(3)));
                    break;
                default:
                    builder[at] = (char)random.Next(char.MaxValue + 1);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A rough split into tokens and the ignored text between them; good enough to shuffle.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]) || "{}()[]:=@$!|&,".Contains(text[i], StringComparison.Ordinal);
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                tokens.Add(text[start..i]);
            }

            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                tokens.Add(text[i].ToString());
            }

            start = i + 1;
        }

        return tokens;
    }
}
