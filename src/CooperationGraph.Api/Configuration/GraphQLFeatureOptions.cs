namespace CooperationGraph.Api.Configuration;

/// <summary>Switches of the GraphQL endpoint, bound from the <c>GraphQL</c> section.</summary>
internal sealed class GraphQLFeatureOptions
{
    public const string Section = "GraphQL";

    /// <summary>Whether documents may ask for <c>__schema</c> and <c>__type</c>.</summary>
    public bool Introspection { get; set; } = true;
}
