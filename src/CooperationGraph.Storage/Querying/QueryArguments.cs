using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>Argument checks that raise <see cref="GraphStoreErrorCode.InvalidArgument"/>.</summary>
internal static class QueryArguments
{
    public static void InRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"{name} must lie between {minimum} and {maximum}, not {value}.");
        }
    }

    public static void NotEmpty(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"{name} must not be empty.");
        }
    }

    /// <summary>A type filter as a set, or null for "every type" when absent or empty.</summary>
    public static IReadOnlySet<string>? TypeSet(IReadOnlyCollection<string>? types) =>
        types is null || types.Count == 0 ? null : new HashSet<string>(types, StringComparer.Ordinal);
}
