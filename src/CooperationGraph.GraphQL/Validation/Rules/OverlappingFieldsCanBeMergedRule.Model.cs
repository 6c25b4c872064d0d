using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed record FieldAndDefinition(GraphQLNamedType? ParentType, FieldNode Node, GraphQLField? Definition);

    /// <summary>Fields by response key, in order of first appearance; compared by reference as a cache key.</summary>
    private sealed class FieldMap
    {
        public OrderedDictionary<string, List<FieldAndDefinition>> Fields { get; } = new(StringComparer.Ordinal);

        public void Add(string responseKey, FieldAndDefinition field)
        {
            if (!Fields.TryGetValue(responseKey, out var list))
            {
                Fields[responseKey] = list = [];
            }

            list.Add(field);
        }

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }

    private sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    /// <summary>Why two fields conflict: a message, or the conflicts of their sub-fields.</summary>
    private sealed class ConflictReason(string responseName, string? message, IReadOnlyList<ConflictReason>? subReasons)
    {
        public string ResponseName { get; } = responseName;

        public string Describe() =>
            message ?? string.Join(" and ", subReasons!.Select(r => $"subfields \"{r.ResponseName}\" conflict because {r.Describe()}"));
    }

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
    {
        public static Conflict Of(string responseName, string message, FieldNode node1, FieldNode node2) =>
            new(new ConflictReason(responseName, message, null), [node1], [node2]);

        public static Conflict FromSubfields(string responseName, List<Conflict> conflicts, FieldNode node1, FieldNode node2)
        {
            var fields1 = new List<FieldNode> { node1 };
            var fields2 = new List<FieldNode> { node2 };
            foreach (var conflict in conflicts)
            {
                fields1.AddRange(conflict.Fields1);
                fields2.AddRange(conflict.Fields2);
            }

            return new Conflict(new ConflictReason(responseName, null, conflicts.ConvertAll(c => c.Reason)), fields1, fields2);
        }
    }
}
