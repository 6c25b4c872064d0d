namespace CooperationGraph.GraphQL.Cost;

/// <summary>
/// How many items a field returns, as the <c>@listSize</c> directive of the GraphQL Cost Directives specification
/// states it: the arguments that cap the list (<c>first</c>, <c>limit</c>), the size assumed when none is given, and
/// for a field returning a wrapper object (a Relay connection) the fields of that object whose lists the arguments size.
/// </summary>
/// <param name="AssumedSize">The size when no slicing argument is given and none has a default; null for the engine's default.</param>
/// <param name="SlicingArguments">The arguments whose value caps the list; with several given, the largest counts.</param>
/// <param name="SizedFields">Fields of the returned object whose lists the slicing arguments size (<c>edges</c>, <c>nodes</c>); empty when the field itself is the list.</param>
/// <param name="RequireOneSlicingArgument">Whether a query must give exactly one slicing argument (a default value counts as given).</param>
public sealed record ListSize(
    int? AssumedSize = null,
    IReadOnlyList<string>? SlicingArguments = null,
    IReadOnlyList<string>? SizedFields = null,
    bool RequireOneSlicingArgument = false)
{
    /// <summary>The slicing arguments, never null.</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = SlicingArguments ?? [];

    /// <summary>The sized fields, never null.</summary>
    public IReadOnlyList<string> SizedFields { get; init; } = SizedFields ?? [];
}
