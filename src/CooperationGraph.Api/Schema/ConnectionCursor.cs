using System.Globalization;
using System.Text;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// The API's cursors: the store's cursor of a page start plus how many entities of that page to skip, so every edge
/// has a cursor although the store only issues one per page. Opaque to clients (base64).
/// </summary>
internal readonly record struct ConnectionCursor(string? PageStart, int Skip)
{
    private const string Prefix = "c1:";

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}{Skip.ToString(CultureInfo.InvariantCulture)}:{PageStart}"));

    public static ConnectionCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var colon = text.IndexOf(':', Prefix.Length);
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && colon > 0
                && int.TryParse(text.AsSpan(Prefix.Length, colon - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var skip))
            {
                var pageStart = text[(colon + 1)..];
                return new ConnectionCursor(pageStart.Length == 0 ? null : pageStart, skip);
            }
        }
        catch (FormatException)
        {
            // Reported below as the caller's mistake.
        }

        throw UserInputError.Create($"'{cursor}' is not a cursor this API issued.");
    }
}
