using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL;

/// <summary>
/// A request parsed, validated and checked against the limits (<see cref="GraphQLEngine.Prepare"/>), with its
/// estimated cost: a host can decide how to run it (or whether to) before it executes.
/// </summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, IReadOnlyList<GraphQLError> errors)
    {
        Request = request;
        Errors = errors;
    }

    internal PreparedRequest(GraphQLRequest request, DocumentNode document, CostPlan? plan, long? requestedCost)
    {
        Request = request;
        Document = document;
        Plan = plan;
        RequestedCost = requestedCost;
        Errors = [];
    }

    /// <summary>The request.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>Why the request cannot run (syntax, validation, limits); empty when it can.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the request can run.</summary>
    public bool IsValid => Document is not null;

    /// <summary>
    /// The estimated cost of the selected operation; null when the request cannot run or names no single operation
    /// (execution then reports why).
    /// </summary>
    public long? RequestedCost { get; }

    internal DocumentNode? Document { get; }

    internal CostPlan? Plan { get; }
}
