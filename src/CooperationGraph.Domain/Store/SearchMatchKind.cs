namespace CooperationGraph.Domain.Store;

/// <summary>How a search hit matched, best first: the rank order of <see cref="IGraphStore.SearchAsync"/>.</summary>
public enum SearchMatchKind
{
    /// <summary>The Chinese or English name equals the text (English ignoring case).</summary>
    ExactName,

    /// <summary>
    /// An alias (or abbreviation) equals the text: a whole name of the entity, so it beats a name that merely starts
    /// with the text (中科院 is 中国科学院 before 中科院广州分院; CAS before “CAS–Guangxi STS …”).
    /// </summary>
    ExactAlias,

    /// <summary>The Chinese or English name starts with the text.</summary>
    NamePrefix,

    /// <summary>An alias starts with the text.</summary>
    AliasPrefix,

    /// <summary>The Chinese or English name contains the text (a Latin text where a word starts: <see cref="SearchWords"/>).</summary>
    NameSubstring,

    /// <summary>An alias contains the text (a Latin text where a word starts).</summary>
    AliasSubstring,
}
