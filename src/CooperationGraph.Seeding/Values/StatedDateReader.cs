using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Values;

/// <summary>Reads <c>{ text, value, precision, end }</c>, checking that the value parses and matches the precision.</summary>
internal static class StatedDateReader
{
    private static readonly string[] Keys = ["text", "value", "precision", "end"];

    public static StatedDate? Read(YamlMapping date)
    {
        date.RejectUnknownKeys(Keys);
        var text = date.Scalar("text", required: true);
        var value = date.Scalar("value", required: true);
        var precisionText = date.Scalar("precision", required: true);
        var end = date.Scalar("end");
        if (text is null || value is null || precisionText is null)
        {
            return null;
        }

        if (!TryParsePrecision(precisionText.Value, out var precision))
        {
            date.Errors.Add(precisionText.At, $"unknown date precision '{precisionText.Value}'; expected year, month or day");
            return null;
        }

        var valid = CheckValue(value, precision, date.Errors, "value");
        if (end is not null)
        {
            valid &= CheckValue(end, precision, date.Errors, "end");
            if (valid && string.CompareOrdinal(end.Value, value.Value) < 0)
            {
                date.Errors.Add(end.At, $"date end '{end.Value}' is before its start '{value.Value}'");
                valid = false;
            }
        }

        return valid ? new StatedDate(text.Value, value.Value, precision, end?.Value) : null;
    }

    private static bool TryParsePrecision(string text, out DatePrecision precision)
    {
        precision = text switch
        {
            "year" => DatePrecision.Year,
            "month" => DatePrecision.Month,
            "day" => DatePrecision.Day,
            _ => (DatePrecision)(-1),
        };
        return Enum.IsDefined(precision);
    }

    private static bool CheckValue(Located value, DatePrecision precision, SeedErrorCollector errors, string field)
    {
        var (format, shape) = precision switch
        {
            DatePrecision.Year => ("yyyy", "YYYY"),
            DatePrecision.Month => ("yyyy-MM", "YYYY-MM"),
            _ => ("yyyy-MM-dd", "YYYY-MM-DD"),
        };
        if (value.Value.Length == format.Length
            && DateTime.TryParseExact(value.Value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }

        var known = new[] { "yyyy", "yyyy-MM", "yyyy-MM-dd" }.Any(candidate => candidate.Length == value.Value.Length
            && DateTime.TryParseExact(value.Value, candidate, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var problem = known
            ? $"date {field} '{value.Value}' does not match precision '{precision.ToString().ToLowerInvariant()}', which needs {shape}"
            : $"date {field} '{value.Value}' is not a valid date; expected {shape}";
        errors.Add(value.At, problem);
        return false;
    }
}
