using CooperationGraph.Domain.Graph;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Records;

/// <summary>One entry of <c>documents.yaml</c>.</summary>
internal sealed record DocumentRecord(
    SourcePosition At,
    Located Id,
    Located Kind,
    Located? File,
    string Title,
    string? TitleEn,
    string? Number,
    StatedDate? Date,
    Located? Issuer,
    Located? Addressee,
    Located? LeadAgency,
    IReadOnlyList<Located> CoHandlingAgencies,
    string? Citation)
{
    public const string ReferenceKind = "reference";

    public static readonly IReadOnlyList<string> Kinds = ["proposal-reply", "suggestion-reply", ReferenceKind];

    /// <summary>Whether this is a letter (with a text to quote) rather than a reference work.</summary>
    public bool IsLetter => Kind.Value != ReferenceKind;
}
