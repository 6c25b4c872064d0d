using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation;

/// <summary>What the rules share during one validation: the schema, the document, the type info and the errors.</summary>
internal sealed class ValidationContext
{
    /// <summary>
    /// How many fragment spreads, fragments, variable usages and subscription selections the fragment walks may
    /// visit before validation gives up with "Validation aborted." (graphql-js 16.15's budget, so a document
    /// whose fragments fan out is rejected quickly and the same way).
    /// </summary>
    public const int FragmentWorkBudget = 50_000;

    private readonly int _maxErrors;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursiveFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>> _fragmentVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    public ValidationContext(GraphQLSchema schema, DocumentNode document, int maxErrors = DocumentValidator.DefaultMaxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    public void ReportError(string message, params Node[] nodes) => ReportError(new GraphQLError(message, nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set, including those inside its inline fragments and fields.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>
    /// Every fragment some of the operations use, each once, breadth first from the operations' own spreads (graphql-js
    /// 16.15's order, which decides the order of errors about variables used in fragments).
    /// </summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        // Operations spreading the same fragments share one walk, whatever the spreads' order.
        var key = string.Join(',', names.Order(StringComparer.Ordinal));
        if (_recursiveFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _recursiveFragments[key] = fragments;
        return fragments;
    }

    /// <summary>Charges fragment work; past <see cref="FragmentWorkBudget"/>, records "Validation aborted." and stops validation.</summary>
    /// <param name="cost">The number of items about to be visited.</param>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw Abort();
        }
    }

    /// <summary>Records graphql-js's "Validation aborted." error; the caller throws the returned exception.</summary>
    public ValidationAbortedException Abort()
    {
        _errors.Add(new GraphQLError("Validation aborted."));
        return new ValidationAbortedException();
    }

    /// <summary>The variables used directly in an operation or fragment, with the input type of each position.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        collector.Walk(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, directly or in the fragments it spreads.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        // Operations with the same fragments share the cached fragment list, and so its usages.
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo)
    {
        public List<VariableUsage> Usages { get; } = [];

        public void Walk(Node node)
        {
            // Variable definitions declare variables; they are not usages.
            if (node is VariableDefinitionNode)
            {
                return;
            }

            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.InputValueDef, typeInfo.ParentInputType));
            }

            Language.Visitor.ForEachChild(node, this, static (child, collector) => collector.Walk(child));
            typeInfo.Leave(node);
        }
    }
}

/// <summary>A variable used at a position, with the type the position expects.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type the position expects, or null when unknown.</param>
/// <param name="Definition">The argument or input field at the position, whose default value allows a nullable variable.</param>
/// <param name="ParentType">The input type of the enclosing value (used for OneOf input objects).</param>
internal sealed record VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLInputValue? Definition, GraphQLType? ParentType);
