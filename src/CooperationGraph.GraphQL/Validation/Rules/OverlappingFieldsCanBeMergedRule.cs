using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields with the same response key in one selection set (directly, through inline
/// fragments or spreads) are the same field with the same arguments and compatible types, so the response is
/// unambiguous. The comparison is graphql-js 16.15's algorithm: field-set/fragment and fragment/fragment comparisons
/// are memoized, messages and their node lists are capped, and the work is charged to a complexity budget past which
/// validation stops with "Validation aborted.", so wide and fragment-heavy documents are rejected quickly.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor(context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(GraphQLNamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<ValueNode, string> _valueTexts = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;
    private SelectionSetNode? _inlineFragmentSelectionSet;

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                _inlineFragmentSelectionSet = inline.SelectionSet;
                break;
            case SelectionSetNode selectionSet when ShouldCheck(selectionSet):
                foreach (var conflict in FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, selectionSet))
                {
                    var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
                    nodes.AddRange(conflict.Fields1);
                    nodes.AddRange(conflict.Fields2);
                    Context.ReportError(new GraphQLError(
                        $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                        nodes));
                }

                break;
        }

        return true;
    }

    // An inline fragment's fields are compared with those of the enclosing selection set, which collects them; and a
    // lone field or spread has nothing to conflict with (its own sub-selection is checked when it is visited).
    private bool ShouldCheck(SelectionSetNode selectionSet) =>
        !ReferenceEquals(selectionSet, _inlineFragmentSelectionSet)
        && (selectionSet.Selections.Count > 1 || selectionSet.Selections is [InlineFragmentNode]);

    private List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Fields);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        SpendBudget(1);
        if (collected.Fields.Count == 0)
        {
            return;
        }

        // A comparison made while not mutually exclusive covers later ones made either way; one made while exclusive
        // covers only later exclusive ones.
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || mutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var collected2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || WereFragmentsCompared(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(fragmentName1, fragmentName2)] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var name in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name);
        }

        foreach (var name in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, fragmentName2);
        }
    }

    // graphql-js's PairSet: pairs are stored in the order given and looked up in both orders.
    private bool WereFragmentsCompared(string name1, string name2, bool mutuallyExclusive)
    {
        return Was(name1, name2) || Was(name2, name1);

        bool Was(string a, string b) =>
            _comparedFragmentPairs.TryGetValue((a, b), out var wasExclusive) && (mutuallyExclusive || !wasExclusive);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        GraphQLNamedType? parentType1,
        SelectionSetNode selectionSet1,
        GraphQLNamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var name in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, name);
        }

        foreach (var name in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, name);
        }

        foreach (var name1 in collected1.FragmentNames)
        {
            foreach (var name2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> fields)
    {
        foreach (var (responseName, list) in fields)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(false, responseName, list[i], list[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<OverlappingFields> GetOverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.OverlappingWith.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<OverlappingFields>();
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            SpendBudget(1);
            if (collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add(new OverlappingFields(responseName, fields1, fields2));
            }
        }

        collected1.OverlappingWith[collected2] = overlapping;
        return overlapping;
    }

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw Context.Abort();
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;
}
