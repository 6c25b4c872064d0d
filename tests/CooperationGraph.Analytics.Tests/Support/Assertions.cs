namespace CooperationGraph.Analytics.Tests.Support;

public static class Assertions
{
    /// <summary>Element-wise |expected − actual| ≤ tolerance (NaN matches NaN), naming the first mismatch.</summary>
    public static void AllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (double.IsNaN(expected[i]) && double.IsNaN(actual[i]))
            {
                continue;
            }

            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (tolerance {tolerance:R})");
        }
    }
}
