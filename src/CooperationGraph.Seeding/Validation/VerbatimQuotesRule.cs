namespace CooperationGraph.Seeding.Validation;

/// <summary>
/// A source on a letter quotes it, and the quote is an exact substring of the letter's text; a source on a
/// reference work has no text to quote, so it carries no quote.
/// </summary>
internal sealed class VerbatimQuotesRule : ISeedRule
{
    private const int ShownQuoteLength = 60;

    public void Check(SeedContext context)
    {
        var sources = context.Set.Entities.SelectMany(entity => entity.Sources)
            .Concat(context.Set.Relations.Where(relation => relation.DerivedFrom is null).SelectMany(relation => relation.Sources));
        foreach (var source in sources)
        {
            if (!context.DocumentsById.TryGetValue(source.Doc.Value, out var document))
            {
                continue;
            }

            if (!document.IsLetter)
            {
                if (source.Quote is { } stray)
                {
                    context.Errors.Add(stray.At, $"reference document '{document.Id.Value}' has no text to quote; drop the quote or cite a letter");
                }

                continue;
            }

            if (source.Quote is not { } quote)
            {
                context.Errors.Add(source.At, $"source on letter '{document.Id.Value}' has no quote; every source on a letter quotes it verbatim");
            }
            else if (context.Set.DocumentTexts.TryGetValue(document.Id.Value, out var text) && !text.Contains(quote.Value, StringComparison.Ordinal))
            {
                context.Errors.Add(quote.At, $"quote is not a verbatim substring of document '{document.Id.Value}' ({document.File?.Value}): \"{Shorten(quote.Value)}\"");
            }
        }
    }

    private static string Shorten(string quote) => quote.Length <= ShownQuoteLength ? quote : quote[..ShownQuoteLength] + "…";
}
