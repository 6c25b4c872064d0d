using System.Globalization;
using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Querying;

/// <summary>
/// Opaque cursors over a stable order (every ordering ends with the id): base64 of <c>offset:N</c>. An offset
/// cursor is what Cypher's <c>SKIP</c> can also honour, so the Neo4j store may accept the same cursors.
/// </summary>
internal static class PageCursor
{
    private const string Prefix = "offset:";

    public static string Encode(long offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

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
