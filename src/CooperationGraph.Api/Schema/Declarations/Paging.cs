using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>The Relay paging arguments of one connection field: its page size when neither first nor last is given, and its largest page.</summary>
/// <param name="Noun">What one node is called in the descriptions (<c>entity</c>).</param>
/// <param name="DefaultFirst">The page size when neither first nor last is given.</param>
/// <param name="Max">The largest first or last accepted.</param>
internal sealed record Paging(string Noun, int DefaultFirst, int Max)
{
    public IReadOnlyList<ArgumentDeclaration> Arguments
    {
        get
        {
            var plural = ConnectionSdl.Plural(Noun);
            return
            [
                new ValueArgument<int?>("first", "Int", $"At most this many {plural} from the start of the slice (0 to {Max}; {DefaultFirst} when neither first nor last is given)."),
                new ValueArgument<string>("after", "String", $"Start after the {Noun} with this cursor."),
                new ValueArgument<int?>("last", "Int", $"At most this many {plural} from the end of the slice (0 to {Max}); not with first."),
                new ValueArgument<string>("before", "String", $"End before the {Noun} with this cursor."),
            ];
        }
    }

    /// <summary>The checked arguments of a request.</summary>
    public ConnectionArguments Read(ResolveFieldContext context) => ConnectionArguments.From(context, Max);

    /// <summary>A list held in memory as a page of this connection.</summary>
    public Connection Page<T>(IReadOnlyList<T> items, ResolveFieldContext context)
        where T : class => Connection.Of(items, Read(context), DefaultFirst);
}
