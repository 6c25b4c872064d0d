namespace CooperationGraph.Seeding;

/// <summary>One problem found in the seed data or the graph model, located in its file.</summary>
/// <param name="File">The file, relative to the seed-data directory (<c>facts/000.yaml</c>), or the model path as given.</param>
/// <param name="Line">The 1-based line of the offending node.</param>
/// <param name="Column">The 1-based column of the offending node.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
public sealed record SeedError(string File, int Line, int Column, string Message)
{
    /// <summary>The error as <c>file:line:column: message</c>, the form compilers and editors understand.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
