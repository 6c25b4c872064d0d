using System.Collections;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>
/// A <c>status</c> argument: the statuses whose relationships count, done and under way by default
/// (<see cref="StatusSet.Default"/>, printed as the SDL's default), plans only when asked for.
/// </summary>
internal sealed class StatusArgument(string description)
    : ArgumentDeclaration("status", "[RelationshipStatus!]", description)
{
    public static StatusArgument Counted { get; } = new("The statuses whose relationships count; plans only when asked for.");

    public override string? DefaultLiteral =>
        "[" + string.Join(", ", StatusSet.Default.Order().Select(status => status.ToString().ToUpperInvariant())) + "]";

    /// <summary>The statuses given, or the default; an empty list is the caller's mistake.</summary>
    public IReadOnlySet<RelationshipStatus> Read(ResolveFieldContext context)
    {
        var given = context.GetArgument<IEnumerable>(Name)?.OfType<RelationshipStatus>().ToHashSet();
        return given is null ? StatusSet.Default
            : given.Count > 0 ? given
            : throw UserInputError.Create($"{Name} needs at least one RelationshipStatus.");
    }
}
