namespace CooperationGraph.Domain.Store;

/// <summary>How a search hit matched, best first: the rank order of <see cref="IGraphStore.SearchAsync"/>.</summary>
public enum SearchMatchKind
{
    /// <summary>The Chinese or English name equals the text (English ignoring case).</summary>
    ExactName,

    /// <summary>The Chinese or English name starts with the text.</summary>
    NamePrefix,

    /// <summary>An alias equals the text.</summary>
    ExactAlias,

    /// <summary>An alias starts with the text.</summary>
    AliasPrefix,

    /// <summary>The Chinese or English name contains the text.</summary>
    NameSubstring,

    /// <summary>An alias contains the text.</summary>
    AliasSubstring,
}
