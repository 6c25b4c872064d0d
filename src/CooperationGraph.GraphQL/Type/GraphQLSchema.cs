using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// A schema: root operation types, every reachable named type and the directives. Types are collected in the
/// order graphql-js collects them, so introspection lists them identically.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap;
    private readonly Dictionary<string, (List<GraphQLObjectType> Objects, List<GraphQLInterfaceType> Interfaces)> _implementations = [];
    private readonly Dictionary<string, HashSet<string>> _subTypes = [];
    private IReadOnlyList<GraphQLError>? _validationErrors;

    /// <summary>Assembles a schema.</summary>
    /// <param name="query">The query root type.</param>
    /// <param name="mutation">The mutation root type, or null.</param>
    /// <param name="subscription">The subscription root type, or null.</param>
    /// <param name="types">Further types to include that roots may not reach (e.g. interface implementations).</param>
    /// <param name="directives">The directives; null means the specified directives.</param>
    /// <param name="description">The schema description, or null.</param>
    public GraphQLSchema(
        GraphQLObjectType? query,
        GraphQLObjectType? mutation = null,
        GraphQLObjectType? subscription = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<GraphQLDirective>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives is null ? SpecifiedDirectives.All : [.. directives];
        _typeMap = CollectTypes(types);
        IndexImplementations();
    }

    /// <summary>The query root type.</summary>
    public GraphQLObjectType? Query { get; }

    /// <summary>The mutation root type, or null.</summary>
    public GraphQLObjectType? Mutation { get; }

    /// <summary>The subscription root type, or null.</summary>
    public GraphQLObjectType? Subscription { get; }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>Every named type by name, introspection types included.</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    /// <summary>The schema definition the schema was built from, or null.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>The schema extensions applied.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Finds a named type.</summary>
    /// <param name="name">The type name.</param>
    /// <returns>The type, or null.</returns>
    public GraphQLNamedType? GetType(string name) => _typeMap.TryGetValue(name, out var type) ? type : null;

    /// <summary>Finds a directive.</summary>
    /// <param name="name">The directive name, without <c>@</c>.</param>
    /// <returns>The directive, or null.</returns>
    public GraphQLDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The root type of an operation kind.</summary>
    /// <param name="operation">Query, mutation or subscription.</param>
    /// <returns>The root type, or null when the schema does not support the operation.</returns>
    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of an abstract type may have at runtime.</summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <returns>The union's members, or the interface's object implementations.</returns>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType @interface => GetImplementations(@interface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that implement an interface.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns>Both lists, in type map order.</returns>
    public (IReadOnlyList<GraphQLObjectType> Objects, IReadOnlyList<GraphQLInterfaceType> Interfaces) GetImplementations(GraphQLInterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType.Name, out var found) ? (found.Objects, found.Interfaces) : ([], []);
    }

    /// <summary>Whether a type is a possible (or, for interfaces, implementing) type of an abstract type.</summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    /// <returns>True when <paramref name="maybeSubType"/> belongs to <paramref name="abstractType"/>.</returns>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        HashSet<string>? set;
        lock (_subTypes)
        {
            if (!_subTypes.TryGetValue(abstractType.Name, out set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                if (abstractType is GraphQLUnionType union)
                {
                    foreach (var member in union.Types)
                    {
                        set.Add(member.Name);
                    }
                }
                else if (abstractType is GraphQLInterfaceType @interface)
                {
                    var (objects, interfaces) = GetImplementations(@interface);
                    foreach (var type in objects)
                    {
                        set.Add(type.Name);
                    }

                    foreach (var type in interfaces)
                    {
                        set.Add(type.Name);
                    }
                }

                _subTypes[abstractType.Name] = set;
            }
        }

        return set.Contains(maybeSubType.Name);
    }

    /// <summary>Whether the schema is valid: <see cref="Validate"/> returned no errors.</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Checks the schema against the specification's type system rules; the result is cached.</summary>
    /// <returns>The problems found, empty when the schema is valid.</returns>
    public IReadOnlyList<GraphQLError> Validate() => _validationErrors ??= SchemaValidator.Validate(this);

    private OrderedDictionary<string, GraphQLNamedType> CollectTypes(IEnumerable<GraphQLNamedType>? types)
    {
        // graphql-js keeps an insertion-ordered set seeded with the given types and re-appends each as it walks it.
        var collected = new TypeCollector();
        var given = types is null ? [] : types.ToList();
        foreach (var type in given)
        {
            collected.Seed(type);
        }

        foreach (var type in given)
        {
            collected.Remove(type);
            collected.Collect(type);
        }

        collected.Collect(Query);
        collected.Collect(Mutation);
        collected.Collect(Subscription);
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                collected.Collect(argument.Type);
            }
        }

        collected.Collect(Introspection.SchemaType);
        return collected.ToTypeMap();
    }

    private void IndexImplementations()
    {
        foreach (var type in _typeMap.Values)
        {
            if (type is GraphQLFieldsType fieldsType)
            {
                foreach (var @interface in fieldsType.Interfaces)
                {
                    if (!_implementations.TryGetValue(@interface.Name, out var entry))
                    {
                        entry = ([], []);
                        _implementations[@interface.Name] = entry;
                    }

                    if (type is GraphQLObjectType objectType)
                    {
                        entry.Objects.Add(objectType);
                    }
                    else
                    {
                        entry.Interfaces.Add((GraphQLInterfaceType)type);
                    }
                }
            }
        }
    }
}
