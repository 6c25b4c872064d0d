using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Turns type system definitions and extensions into schema types (graphql-js <c>extendSchemaImpl</c> on an empty schema).</summary>
internal sealed partial class SdlSchemaBuilder
{
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLNamedType> _standardTypes = new(StringComparer.Ordinal);
    private readonly SchemaBindings _bindings;
    private SchemaDefinitionNode? _schemaDefinition;

    public SdlSchemaBuilder(IReadOnlyList<DefinitionNode> definitions, SchemaBindings bindings)
    {
        _bindings = bindings;
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaDefinition:
                    _schemaDefinition = schemaDefinition;
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode typeDefinition:
                    _typeDefinitions.Add(typeDefinition);
                    break;
                case TypeExtensionNode typeExtension:
                    if (!_extensions.TryGetValue(typeExtension.Name.Value, out var list))
                    {
                        _extensions[typeExtension.Name.Value] = list = [];
                    }

                    list.Add(typeExtension);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    _directiveDefinitions.Add(directiveDefinition);
                    break;
                case DirectiveExtensionNode directiveExtension:
                    if (!_directiveExtensions.TryGetValue(directiveExtension.Name.Value, out var directiveList))
                    {
                        _directiveExtensions[directiveExtension.Name.Value] = directiveList = [];
                    }

                    directiveList.Add(directiveExtension);
                    break;
                default:
                    throw new InvalidOperationException($"Only type system definitions may appear in SDL; found {definition.Kind}.");
            }
        }

        foreach (var scalar in SpecifiedScalars.All)
        {
            _standardTypes[scalar.Name] = scalar;
        }

        foreach (var type in new GraphQLNamedType[]
                 {
                     Introspection.SchemaType, Introspection.DirectiveType, Introspection.DirectiveLocationType, Introspection.TypeType,
                     Introspection.FieldType, Introspection.InputValueType, Introspection.EnumValueType, Introspection.TypeKindType,
                 })
        {
            _standardTypes[type.Name] = type;
        }
    }

    public GraphQLSchema Build()
    {
        foreach (var definition in _typeDefinitions)
        {
            var name = definition.Name.Value;
            if (_types.ContainsKey(name))
            {
                throw new InvalidOperationException($"There can be only one type named \"{name}\".");
            }

            _types.Add(name, _standardTypes.GetValueOrDefault(name) ?? BuildType(definition));
        }

        foreach (var name in _extensions.Keys)
        {
            if (!_types.ContainsKey(name))
            {
                throw new InvalidOperationException($"Cannot extend type \"{name}\" because it is not defined.");
            }
        }

        GraphQLObjectType? query = null, mutation = null, subscription = null;
        var operationNodes = new List<OperationTypeDefinitionNode>();
        if (_schemaDefinition is not null)
        {
            operationNodes.AddRange(_schemaDefinition.OperationTypes);
        }

        foreach (var extension in _schemaExtensions)
        {
            operationNodes.AddRange(extension.OperationTypes);
        }

        foreach (var operationNode in operationNodes)
        {
            var type = GetNamedType(operationNode.Type) as GraphQLObjectType
                ?? throw new InvalidOperationException($"The {operationNode.Operation.ToString().ToLowerInvariant()} root type must be an object type.");
            switch (operationNode.Operation)
            {
                case OperationType.Query: query = type; break;
                case OperationType.Mutation: mutation = type; break;
                default: subscription = type; break;
            }
        }

        if (_schemaDefinition is null && _schemaExtensions.Count == 0)
        {
            query = _types.GetValueOrDefault("Query") as GraphQLObjectType;
            mutation = _types.GetValueOrDefault("Mutation") as GraphQLObjectType;
            subscription = _types.GetValueOrDefault("Subscription") as GraphQLObjectType;
        }

        var directives = new List<GraphQLDirective>();
        foreach (var definition in _directiveDefinitions)
        {
            directives.Add(BuildDirective(definition));
        }

        foreach (var specified in SpecifiedDirectives.All)
        {
            if (directives.TrueForAll(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }

        return new GraphQLSchema(query, mutation, subscription, _types.Values, directives, _schemaDefinition?.Description?.Value)
        {
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
        };
    }

    private GraphQLNamedType GetNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return _standardTypes.GetValueOrDefault(name) ?? _types.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Unknown type: \"{name}\".");
    }

    private GraphQLType GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode list => new GraphQLList(GetWrappedType(list.Type)),
        NonNullTypeNode nonNull => new GraphQLNonNull(GetWrappedType(nonNull.Type)),
        _ => GetNamedType((NamedTypeNode)node),
    };

    private GraphQLDirective BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var location in node.Locations)
        {
            if (!DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                throw new InvalidOperationException($"Unknown directive location \"{location.Value}\".");
            }

            locations.Add(parsed);
        }

        return new GraphQLDirective(node.Name.Value, locations, BuildArguments(node.Arguments), node.Description?.Value, node.Repeatable)
        {
            DeprecationReason = DeprecationReason(node) ?? ExtensionDeprecationReason(node.Name.Value),
            AstNode = node,
        };
    }

    // As graphql-js 16.15's extendSchema: the definition's own @deprecated wins, else the first extension's. Extensions
    // of a directive the documents do not define (the specified ones included) change nothing.
    private string? ExtensionDeprecationReason(string directiveName)
    {
        foreach (var extension in _directiveExtensions.GetValueOrDefault(directiveName) ?? [])
        {
            if (DeprecationReason(extension) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private List<GraphQLArgument> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<GraphQLArgument>(nodes.Count);
        foreach (var node in nodes)
        {
            var type = GetWrappedType(node.Type);
            var description = node.Description?.Value;
            var reason = DeprecationReason(node);
            arguments.Add(node.DefaultValue is null
                ? new GraphQLArgument(node.Name.Value, type, description, reason) { AstNode = node }
                : new GraphQLArgument(node.Name.Value, type, DefaultValue(node, type), description, reason) { AstNode = node });
        }

        return arguments;
    }

    private static object? DefaultValue(InputValueDefinitionNode node, GraphQLType type)
    {
        ValueFromAst.TryConvert(node.DefaultValue, type, null, out var value);
        return value;
    }

    private static string? DeprecationReason(IHasDirectives node) =>
        Values.GetDirectiveValues(SpecifiedDirectives.Deprecated, node, null) is { } values
            ? values.GetValueOrDefault("reason") as string
            : null;

    private static string? SpecifiedByUrl(IHasDirectives node) =>
        Values.GetDirectiveValues(SpecifiedDirectives.SpecifiedBy, node, null) is { } values ? values.GetValueOrDefault("url") as string : null;
}
