using System.Globalization;
using System.Text;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The paging cursors of <see cref="NodePage"/>, the same for every store: base64 of <c>offset:N</c> over a stable
/// order (every ordering ends with the id). An offset is what SQLite's <c>OFFSET</c> and Cypher's <c>SKIP</c> both
/// honour, so a client may page on with a cursor issued before the service moved from one store to the other.
/// </summary>
public static class PageCursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor of the position after <paramref name="offset"/> entries.</summary>
    public static string Encode(long offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for; 0 for no cursor.</summary>
    /// <exception cref="GraphStoreException">With <see cref="GraphStoreErrorCode.InvalidCursor"/> for text no store issued.</exception>
    public static long Decode(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the structured error below.
        }

        throw new GraphStoreException(GraphStoreErrorCode.InvalidCursor, $"'{cursor}' is not a cursor this store issued.");
    }
}
