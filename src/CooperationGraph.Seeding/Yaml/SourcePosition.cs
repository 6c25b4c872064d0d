using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Yaml;

/// <summary>Where a YAML node starts: the file (as reported in errors), line and column, both 1-based.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition Of(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
