using System.Globalization;
using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// Paging cursors over a stable order (every ordering ends with the id): base64 of <c>offset:N</c>, the same form the
/// embedded store issues, so a client may move between the two stores; Cypher honours it with <c>SKIP</c>.
/// </summary>
internal static class OffsetCursor
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
