namespace CooperationGraph.Seeding.Yaml;

/// <summary>Gathers every error of a load so they can be reported together.</summary>
internal sealed class SeedErrorCollector
{
    private readonly List<SeedError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<SeedError> Errors => _errors;

    public void Add(SourcePosition at, string message) => _errors.Add(new SeedError(at.File, at.Line, at.Column, message));

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new SeedDataException(_errors
                .OrderBy(error => error.File, StringComparer.Ordinal)
                .ThenBy(error => error.Line)
                .ThenBy(error => error.Column));
        }
    }
}
