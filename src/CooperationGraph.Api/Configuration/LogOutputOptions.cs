namespace CooperationGraph.Api.Configuration;

/// <summary>How log events are written to the console, bound from the <c>Logging</c> section.</summary>
internal sealed class LogOutputOptions
{
    public const string Section = "Logging";

    public const string TextFormat = "text";

    public const string JsonFormat = "json";

    /// <summary><c>text</c> for people, <c>json</c> (one object per line) for log collectors.</summary>
    public string Format { get; set; } = TextFormat;
}
