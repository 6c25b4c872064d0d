using System.Runtime.CompilerServices;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// The fields of an operation collected, looked up and (where no variable is named) given their argument values once,
/// for all executions of the document: the engine caches validated documents, so a repeated query plans nothing.
/// A document whose <c>@skip</c> or <c>@include</c> names a variable collects differently per request; it gets a
/// plan per execution, which still collects each selection set once.
/// </summary>
internal sealed class OperationPlan
{
    private static readonly ConditionalWeakTable<DocumentNode, DocumentPlans> Shared = [];

    private readonly Lock _gate = new();
    private readonly Dictionary<SelectionKey, SelectionPlan> _selections = [];
    private SelectionPlan? _root;

    private OperationPlan(GraphQLSchema schema, OperationDefinitionNode operation)
    {
        Schema = schema;
        Operation = operation;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public static OperationPlan For(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var plans = PlansOf(document);
        return plans.ConditionsNameVariables ? new OperationPlan(schema, operation) : plans.For(schema, operation);
    }

    /// <summary>The document's fragments by name (the last of a name wins), gathered once for all its executions.</summary>
    public static IReadOnlyDictionary<string, FragmentDefinitionNode> FragmentsOf(DocumentNode document) => PlansOf(document).Fragments;

    private static DocumentPlans PlansOf(DocumentNode document) => Shared.GetValue(document, static document => new DocumentPlans(document));

    public SelectionPlan Root(GraphQLObjectType rootType, FieldCollector collector)
    {
        if (_root is { } root && ReferenceEquals(root.Type, rootType))
        {
            return root;
        }

        var built = SelectionPlan.Create(Schema, rootType, collector.CollectFields(rootType, Operation.SelectionSet));
        lock (_gate)
        {
            _root ??= built;
            return ReferenceEquals(_root.Type, rootType) ? _root : built;
        }
    }

    /// <summary>
    /// The sub-selection of merged field nodes for a runtime type. Keyed by the nodes themselves, not by the parent:
    /// a field under an interface is reached from every type that implements it, and a 3-hop query over twenty types
    /// would otherwise plan the same leaves thousands of times.
    /// </summary>
    public SelectionPlan Subplan(GraphQLObjectType runtimeType, List<FieldNode> fieldNodes, FieldCollector collector)
    {
        var key = new SelectionKey(runtimeType, fieldNodes);
        lock (_gate)
        {
            if (_selections.TryGetValue(key, out var planned))
            {
                return planned;
            }
        }

        // Collected outside the lock: collecting may throw (a @skip argument that fails to coerce), the field's error.
        var built = SelectionPlan.Create(Schema, runtimeType, collector.CollectSubfields(runtimeType, fieldNodes));
        lock (_gate)
        {
            return _selections.TryAdd(key, built) ? built : _selections[key];
        }
    }

    private static bool ConditionsNameVariables(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && ConditionsNameVariables(executable.SelectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ConditionsNameVariables(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (FieldPlan.NamesVariables(argument.Value))
                    {
                        return true;
                    }
                }
            }

            var inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && ConditionsNameVariables(inner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A runtime type and the field nodes merged under one response key, compared by identity.</summary>
    private readonly struct SelectionKey(GraphQLObjectType type, List<FieldNode> nodes) : IEquatable<SelectionKey>
    {
        private readonly GraphQLObjectType _type = type;
        private readonly List<FieldNode> _nodes = nodes;

        public bool Equals(SelectionKey other)
        {
            if (!ReferenceEquals(_type, other._type) || _nodes.Count != other._nodes.Count)
            {
                return false;
            }

            for (var i = 0; i < _nodes.Count; i++)
            {
                if (!ReferenceEquals(_nodes[i], other._nodes[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is SelectionKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(RuntimeHelpers.GetHashCode(_type));
            foreach (var node in _nodes)
            {
                hash.Add(RuntimeHelpers.GetHashCode(node));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>A document's plans, one per schema and operation it is executed with, and its fragments.</summary>
    private sealed class DocumentPlans(DocumentNode document)
    {
        private readonly Lock _gate = new();
        private OperationPlan[] _plans = [];

        public bool ConditionsNameVariables { get; } = OperationPlan.ConditionsNameVariables(document);

        public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = CollectFragments(document);

        private static Dictionary<string, FragmentDefinitionNode> CollectFragments(DocumentNode document)
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments[fragment.Name.Value] = fragment;
                }
            }

            return fragments;
        }

        public OperationPlan For(GraphQLSchema schema, OperationDefinitionNode operation)
        {
            foreach (var plan in _plans)
            {
                if (ReferenceEquals(plan.Operation, operation) && ReferenceEquals(plan.Schema, schema))
                {
                    return plan;
                }
            }

            lock (_gate)
            {
                foreach (var plan in _plans)
                {
                    if (ReferenceEquals(plan.Operation, operation) && ReferenceEquals(plan.Schema, schema))
                    {
                        return plan;
                    }
                }

                var created = new OperationPlan(schema, operation);
                _plans = [.. _plans, created];
                return created;
            }
        }
    }
}
