using System.Globalization;
using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Connections;

/// <summary>
/// The API's cursor for one edge: its position in the whole list, and where to resume reading the store from (the
/// store's cursor of a page start plus how many of that page to skip), since the store only issues one cursor per page.
/// Lists held in memory have no store cursor. Opaque to clients (base64).
/// </summary>
/// <param name="PageStart">The store cursor the edge's page started from; null for the list's start.</param>
/// <param name="Skip">How many entries of that page up to and including the edge.</param>
/// <param name="Offset">The edge's zero-based position in the whole list.</param>
internal readonly record struct ConnectionCursor(string? PageStart, int Skip, int Offset)
{
    private const string Prefix = "c2:";

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $"{Prefix}{Skip.ToString(CultureInfo.InvariantCulture)}:{Offset.ToString(CultureInfo.InvariantCulture)}:{PageStart}"));

    // The store cursor of the edge's page must point where the edge's page starts. Checked here for after and before
    // alike: reading forward from after hands its store cursor to the store, which would check it, but before's is
    // never read, so without this a forged before cursor passed where the same after cursor was refused.
    private static bool IsPageOf(string pageStart, int pageOffset) =>
        pageStart.Length == 0 ? pageOffset == 0 : PageCursor.Decode(pageStart) == pageOffset;

    /// <summary>Refuses a cursor that names a store page, for lists read whole: the same check whichever argument carries it.</summary>
    public void RequireNoPageStart(string argument)
    {
        if (PageStart is not null)
        {
            throw UserInputError.Create($"{argument}: '{Encode()}' is not a cursor of this list.");
        }
    }

    public static ConnectionCursor Decode(string cursor, string argument)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':', 4);
            if (parts.Length == 4 && parts[0] + ":" == Prefix
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && skip <= offset + 1
                && IsPageOf(parts[3], offset + 1 - skip))
            {
                return new ConnectionCursor(parts[3].Length == 0 ? null : parts[3], skip, offset);
            }
        }
        catch (Exception forged) when (forged is FormatException or GraphStoreException)
        {
            // Reported below as the caller's mistake.
        }

        throw UserInputError.Create($"{argument}: '{cursor}' is not a cursor this API issued.");
    }
}
