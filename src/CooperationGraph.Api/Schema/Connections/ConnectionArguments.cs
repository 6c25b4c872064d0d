using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>
/// The Relay paging arguments of a connection field, checked: <c>first</c> with <c>after</c> reads forward,
/// <c>last</c> with <c>before</c> reads backward, and <c>after</c> with <c>before</c> bound a slice. Asking for both
/// <c>first</c> and <c>last</c> is refused: the two readings of such a request disagree between servers.
/// </summary>
internal sealed record ConnectionArguments(int? First, ConnectionCursor? After, int? Last, ConnectionCursor? Before)
{
    public static ConnectionArguments From(ResolveFieldContext context, int maxPageSize)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw UserInputError.Create("Pass first or last, not both: first reads forward from after, last reads backward from before.");
        }

        Check("first", first, maxPageSize);
        Check("last", last, maxPageSize);
        var after = context.GetArgument<string>("after") is { } afterCursor ? ConnectionCursor.Decode(afterCursor, "after") : (ConnectionCursor?)null;
        var before = context.GetArgument<string>("before") is { } beforeCursor ? ConnectionCursor.Decode(beforeCursor, "before") : (ConnectionCursor?)null;
        return new ConnectionArguments(first, after, last, before);
    }

    /// <summary>The first position of the slice; the positions before it are left out by <c>after</c>.</summary>
    public int Start => After is { } after ? after.Offset + 1 : 0;

    /// <summary>Whether the end of the slice depends on the length of the whole list.</summary>
    public bool NeedsTotal => Last is not null && Before is null;

    /// <summary>The positions [start, end) of the slice to return.</summary>
    /// <param name="defaultFirst">The page size when neither first nor last is given.</param>
    /// <param name="total">The length of the whole list; needed only when <see cref="NeedsTotal"/>.</param>
    public (int Start, int End) Window(int defaultFirst, long? total)
    {
        var start = Start;
        long end = Before?.Offset ?? total ?? long.MaxValue;
        if (Last is { } last)
        {
            start = (int)Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, (long)start + (First ?? defaultFirst));
        }

        return (start, (int)Math.Max(start, end));
    }

    private static void Check(string name, int? count, int max)
    {
        if (count is < 0 || count > max)
        {
            throw UserInputError.Create($"{name} must lie between 0 and {max} (got {count}).");
        }
    }
}
