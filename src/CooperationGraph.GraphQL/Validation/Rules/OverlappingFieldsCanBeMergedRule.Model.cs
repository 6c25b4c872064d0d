using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>A field selected on a parent type, with what comparisons of it have found so far.</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition)
    {
        private Dictionary<string, ValueNode>? _argumentValues;
        private Dictionary<FieldDetails, string?>? _comparisons;

        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields with one name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>The name-and-arguments verdict against each field compared with this one (null: the same field).</summary>
        public Dictionary<FieldDetails, string?> Comparisons => _comparisons ??= new(ReferenceEqualityComparer.Instance);

        /// <summary>The argument values by name; a repeated name keeps its last value (UniqueArgumentNames reports it).</summary>
        public Dictionary<string, ValueNode> ArgumentValues
        {
            get
            {
                if (_argumentValues is null)
                {
                    _argumentValues = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
                    foreach (var argument in Node.Arguments)
                    {
                        _argumentValues[argument.Name.Value] = argument.Value;
                    }
                }

                return _argumentValues;
            }
        }
    }

    /// <summary>The fields by response key (in order of first appearance) and the fragment names of a selection set.</summary>
    private sealed class CollectedFields
    {
        private Dictionary<string, bool>? _comparedFragments;
        private Dictionary<CollectedFields, List<OverlappingFields>>? _overlappingWith;

        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that comparison was mutually exclusive.</summary>
        public Dictionary<string, bool> ComparedFragments => _comparedFragments ??= new(StringComparer.Ordinal);

        /// <summary>The response keys shared with other collected fields.</summary>
        public Dictionary<CollectedFields, List<OverlappingFields>> OverlappingWith => _overlappingWith ??= new(ReferenceEqualityComparer.Instance);

        public void Add(string responseKey, FieldDetails field)
        {
            if (!Fields.TryGetValue(responseKey, out var list))
            {
                Fields[responseKey] = list = [];
            }

            list.Add(field);
        }
    }

    private sealed record OverlappingFields(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>Two sets of fields that conflict, and why.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
