namespace CooperationGraph.Neo4j.Bolt.Messages;

/// <summary>SUCCESS {metadata}: the request completed.</summary>
internal sealed record SuccessMessage(Dictionary<string, object?> Metadata) : IResponseMessage
{
    public bool IsSummary => true;

    /// <summary><c>has_more</c> after PULL/DISCARD: the stream paused rather than ended.</summary>
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    public string? Bookmark => Metadata.TryGetValue("bookmark", out var value) ? value as string : null;

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;
}
