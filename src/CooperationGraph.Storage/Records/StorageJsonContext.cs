using System.Text.Json.Serialization;

namespace CooperationGraph.Storage.Records;

/// <summary>Source-generated serialisers for the store's plain JSON columns (labels, aliases, id batches).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
