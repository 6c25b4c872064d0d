using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Values;

/// <summary>
/// Reads <c>{ text, value, currency | unit }</c>. When the text is a plain number with 万/亿/元 or a percentage,
/// the value is recomputed from it and a mismatch is an error: the value is what queries filter on, the
/// text is what a reviewer checks against the letter.
/// </summary>
internal static partial class StatedAmountReader
{
    private static readonly string[] Keys = ["text", "value", "currency", "unit"];

    public static StatedAmount? Read(YamlMapping amount)
    {
        amount.RejectUnknownKeys(Keys);
        var text = amount.Scalar("text", required: true);
        var valueText = amount.Scalar("value", required: true);
        var currency = amount.Scalar("currency");
        var unit = amount.Scalar("unit");
        if (text is null || valueText is null)
        {
            return null;
        }

        if (!decimal.TryParse(valueText.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            amount.Errors.Add(valueText.At, $"amount value '{valueText.Value}' is not a number");
            return null;
        }

        if (currency is not null && unit is not null)
        {
            amount.Errors.Add(unit.At, "an amount has either a 'currency' (money) or a 'unit' (anything else), not both");
            return null;
        }

        if (currency is null && unit is null)
        {
            amount.Errors.Add(amount.At, $"amount '{text.Value}' needs a 'currency' (money) or a 'unit' (anything else)");
            return null;
        }

        if (currency is not null && !CurrencyCode().IsMatch(currency.Value))
        {
            amount.Errors.Add(currency.At, $"currency '{currency.Value}' is not an ISO 4217 code such as CNY");
            return null;
        }

        if (Recompute(text.Value) is { } expected)
        {
            if (expected.Value != value)
            {
                amount.Errors.Add(valueText.At, $"amount value {valueText.Value} does not match its text '{text.Value}', which is {expected.Value.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            if (expected.IsMoney && currency is null)
            {
                amount.Errors.Add(amount.At, $"amount '{text.Value}' is in 元, so it needs 'currency: CNY' rather than a unit");
                return null;
            }
        }

        return new StatedAmount(text.Value, value, currency?.Value, unit?.Value);
    }

    /// <summary>The value a plain-number text states, or null when the text is not one (近4000万元, 1000余家 …).</summary>
    internal static (decimal Value, bool IsMoney)? Recompute(string text)
    {
        try
        {
            return RecomputeUnchecked(text);
        }
        catch (OverflowException)
        {
            return null; // Beyond decimal: no letter states such a sum, and the value check cannot apply.
        }
    }

    private static (decimal Value, bool IsMoney)? RecomputeUnchecked(string text)
    {
        if (Percentage().Match(text) is { Success: true } percent)
        {
            return (decimal.Parse(percent.Groups["number"].Value, CultureInfo.InvariantCulture) / 100m, false);
        }

        if (PlainNumber().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var multiplier = match.Groups["scale"].Value switch
        {
            "万亿" => 1_000_000_000_000m,
            "亿" => 100_000_000m,
            "万" => 10_000m,
            _ => 1m,
        };
        var number = decimal.Parse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (number * multiplier, match.Groups["yuan"].Length > 0);
    }

    [GeneratedRegex(@"^(?<number>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)(?<scale>万亿|亿|万)?(?<yuan>元)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)%$")]
    private static partial Regex Percentage();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
