namespace CooperationGraph.Analytics;

/// <summary>Argument checks that raise <see cref="AnalyticsException"/> instead of a bare framework exception.</summary>
internal static class Guard
{
    public static void Range(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"{name} must be between {min} and {max}; got {value}."));
        }
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"{name} must be a positive finite number; got {value}."));
        }
    }

    public static void AtLeast(int value, int min, string name)
    {
        if (value < min)
        {
            throw new AnalyticsException(
                AnalyticsErrorCode.InvalidArgument,
                FormattableString.Invariant($"{name} must be at least {min}; got {value}."));
        }
    }
}
