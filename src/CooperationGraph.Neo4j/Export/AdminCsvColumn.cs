using System.Globalization;
using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// A typed property column of a neo4j-admin CSV header (<c>name</c>, <c>name:long</c>, <c>name:double</c>,
/// <c>name:boolean</c>, <c>name:string[]</c>), inferred from the values a file holds and converting both ways.
/// </summary>
internal sealed record AdminCsvColumn(string Key, string Type, char ArrayDelimiter)
{
    public string Header => Type == "string" ? Key : Key + ":" + Type;

    public static AdminCsvColumn Parse(string header, char arrayDelimiter)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new AdminCsvColumn(header, "string", arrayDelimiter)
            : new AdminCsvColumn(header[..colon], header[(colon + 1)..], arrayDelimiter);
    }

    public static string TypeOf(object value, string key, string file) => value switch
    {
        string => "string",
        long => "long",
        double => "double",
        bool => "boolean",
        System.Collections.IEnumerable => "string[]",
        _ => throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"{file}: '{key}' holds a {value.GetType().Name}, which has no CSV column type."),
    };

    public void Write(StringBuilder output, object? value, string ownerId)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                CsvCell.WriteQuoted(output, text);
                break;
            case long number:
                output.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                output.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case System.Collections.IEnumerable items:
                var elements = items.Cast<string>().ToList();
                if (elements.FirstOrDefault(element => element.Contains(ArrayDelimiter, StringComparison.Ordinal)) is { } clash)
                {
                    throw new GraphStoreException(
                        GraphStoreErrorCode.InvalidRecord, $"'{ownerId}': the '{Key}' element '{clash}' contains the array delimiter U+{(int)ArrayDelimiter:X4}.");
                }

                CsvCell.WriteQuoted(output, string.Join(ArrayDelimiter, elements));
                break;
        }
    }

    public object? Read(CsvCell cell, string file)
    {
        if (cell.Text.Length == 0 && !cell.Quoted)
        {
            return null;
        }

        return Type switch
        {
            "string" => cell.Text,
            "long" when long.TryParse(cell.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
            "double" when double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            "boolean" when cell.Text is "true" or "false" => cell.Text == "true",
            "string[]" => cell.Text.Length == 0 ? new List<object?>() : cell.Text.Split(ArrayDelimiter).Select(element => (object?)element).ToList(),
            _ => throw new FormatException($"{file}: '{cell.Text}' is not a {Type} for column '{Key}'."),
        };
    }
}
