using System.Text;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// One CSV field as neo4j-admin reads it: an unquoted empty field is an absent property, a quoted one (even <c>""</c>)
/// is a value. Quotes are doubled inside quoted fields; fields may span lines (<c>--multiline-fields=true</c>).
/// </summary>
internal readonly record struct CsvCell(string Text, bool Quoted)
{
    public static void WriteQuoted(StringBuilder output, string text) =>
        output.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

    /// <summary>Splits a whole file into rows of cells.</summary>
    public static List<List<CsvCell>> Parse(string text, string fileName)
    {
        var rows = new List<List<CsvCell>>();
        var row = new List<CsvCell>();
        var position = 0;
        while (position < text.Length)
        {
            var field = new StringBuilder();
            var quoted = position < text.Length && text[position] == '"';
            if (quoted)
            {
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        throw new FormatException($"{fileName}: a quoted field is not closed.");
                    }

                    if (text[position] == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"')
                        {
                            field.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    field.Append(text[position++]);
                }
            }
            else
            {
                while (position < text.Length && text[position] is not (',' or '\n'))
                {
                    field.Append(text[position++]);
                }
            }

            row.Add(new CsvCell(field.ToString(), quoted));
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length && text[position] != '\n')
            {
                throw new FormatException($"{fileName}, row {rows.Count + 1}: text follows a closing quote.");
            }

            position++;
            rows.Add(row);
            row = [];
        }

        return rows;
    }
}
