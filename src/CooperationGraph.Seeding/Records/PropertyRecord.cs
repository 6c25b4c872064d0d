using CooperationGraph.Seeding.Yaml;
using YamlDotNet.RepresentationModel;

namespace CooperationGraph.Seeding.Records;

/// <summary>One item of a <c>properties</c> mapping, kept as YAML until the model says what type it has.</summary>
internal sealed record PropertyRecord(Located Name, YamlNode Value, SourcePosition At);
