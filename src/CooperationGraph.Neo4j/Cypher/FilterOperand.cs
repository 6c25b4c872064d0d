using System.Globalization;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>Converts filter operands to what stored values compare with: dates as <c>yyyy-MM-dd</c> text, amounts as floats.</summary>
internal static class FilterOperand
{
    public static object Normalise(object? value, string field) => value switch
    {
        string or bool or long => value,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => (double)number,
        decimal number => (double)number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphStoreException(
            GraphStoreErrorCode.InvalidArgument,
            $"The filter on '{field}' has an operand of type {value?.GetType().Name ?? "null"}; use a string, bool, integer, double, decimal or DateOnly."),
    };
}
