namespace CooperationGraph.Api.GraphQL;

/// <summary>Either the request's parameters or why they were refused.</summary>
internal readonly struct ParameterReadResult
{
    private ParameterReadResult(GraphQLRequestParameters? parameters, TransportError? error)
    {
        Parameters = parameters;
        Error = error;
    }

    public GraphQLRequestParameters? Parameters { get; }

    public TransportError? Error { get; }

    public static implicit operator ParameterReadResult(GraphQLRequestParameters parameters) => new(parameters, null);

    public static implicit operator ParameterReadResult(TransportError error) => new(null, error);
}
