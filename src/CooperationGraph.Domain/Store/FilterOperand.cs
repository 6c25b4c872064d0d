using System.Globalization;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The one conversion of filter operands both stores compare stored values with: text, <see cref="bool"/>,
/// <see cref="long"/> for every integer type that fits, <see cref="double"/> for finite floating values and decimals,
/// and dates as their <c>yyyy-MM-dd</c> text.
/// </summary>
public static class FilterOperand
{
    /// <summary>The operand in its compared form.</summary>
    /// <param name="value">The operand given to a filter.</param>
    /// <param name="field">The filtered field, named in the error.</param>
    /// <returns>A <see cref="string"/>, <see cref="bool"/>, <see cref="long"/> or <see cref="double"/>.</returns>
    /// <exception cref="GraphStoreException">The operand has no compared form.</exception>
    public static object Normalise(object? value, string field) => value switch
    {
        string or bool or long => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong number when number <= long.MaxValue => (long)number,
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => (double)number,
        decimal number => (double)number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphStoreException(
            GraphStoreErrorCode.InvalidArgument,
            $"The filter on '{field}' has an operand of type {value?.GetType().Name ?? "null"}; use a string, bool, integer, double, decimal or DateOnly."),
    };
}
