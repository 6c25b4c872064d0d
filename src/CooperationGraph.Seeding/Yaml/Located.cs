namespace CooperationGraph.Seeding.Yaml;

/// <summary>A scalar value read from YAML together with where it was written.</summary>
internal sealed record Located(string Value, SourcePosition At)
{
    public override string ToString() => Value;
}
