using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// The type system validation of the specification (graphql-js <c>validateSchema</c>): root types, names,
/// directives, fields, interface implementations, unions, enums and input objects, with graphql-js's messages.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(GraphQLSchema schema) => _schema = schema;

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params Node?[] nodes)
    {
        var located = new List<Node>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                located.Add(node);
            }
        }

        _errors.Add(new GraphQLError(message, located));
    }

    private void ValidateRootTypes()
    {
        if (_schema.Query is null)
        {
            Report("Query root type must be provided.", _schema.AstNode);
        }
    }

    private void ValidateName(string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }

        if (!char.IsAsciiLetter(name[0]) && name[0] != '_')
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
                return;
            }
        }
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!TypePredicates.IsInputType(argument.Type))
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", TypeNodeOf(argument.AstNode));
                }

                if (TypePredicates.IsRequired(argument) && argument.DeprecationReason is not null)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirectiveOf(argument.AstNode), TypeNodeOf(argument.AstNode));
                }
            }
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycleDetector(this);
        foreach (var type in _schema.TypeMap.Values)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.AstNode);
            }

            switch (type)
            {
                case GraphQLFieldsType fieldsType:
                    ValidateFields(fieldsType);
                    ValidateInterfaces(fieldsType);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(union);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case GraphQLInputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    cycles.Detect(inputObject);
                    break;
            }
        }
    }

    private void ValidateFields(GraphQLFieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", [.. AllNodes(type)]);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!TypePredicates.IsOutputType(field.Type))
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", TypeNodeOf(field.AstNode));
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!TypePredicates.IsInputType(argument.Type))
                {
                    Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", TypeNodeOf(argument.AstNode));
                }

                if (TypePredicates.IsRequired(argument) && argument.DeprecationReason is not null)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirectiveOf(argument.AstNode), TypeNodeOf(argument.AstNode));
                }
            }
        }
    }

    private void ValidateUnionMembers(GraphQLUnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", [.. AllNodes(union)]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", [.. ReferencesTo(union, member.Name)]);
            }
        }
    }

    private static List<Node> AllNodes(GraphQLNamedType type)
    {
        var nodes = new List<Node>(type.ExtensionAstNodes.Count + 1);
        if (type.AstNode is { } astNode)
        {
            nodes.Add(astNode);
        }

        nodes.AddRange(type.ExtensionAstNodes);
        return nodes;
    }

    private static Node? TypeNodeOf(Node? definition) => definition switch
    {
        FieldDefinitionNode field => field.Type,
        InputValueDefinitionNode input => input.Type,
        _ => null,
    };

    private static Node? DeprecatedDirectiveOf(Node? definition)
    {
        if (definition is IHasDirectives withDirectives)
        {
            foreach (var directive in withDirectives.Directives)
            {
                if (directive.Name.Value == "deprecated")
                {
                    return directive;
                }
            }
        }

        return null;
    }

    // The named type references a definition and its extensions make to one type, for precise error locations.
    private static List<Node> ReferencesTo(GraphQLNamedType type, string referencedName)
    {
        var found = new List<Node>();
        foreach (var definition in AllNodes(type))
        {
            var references = definition switch
            {
                UnionTypeDefinitionNode union => union.Types,
                UnionTypeExtensionNode union => union.Types,
                ObjectTypeDefinitionNode objectType => objectType.Interfaces,
                ObjectTypeExtensionNode objectType => objectType.Interfaces,
                InterfaceTypeDefinitionNode interfaceType => interfaceType.Interfaces,
                InterfaceTypeExtensionNode interfaceType => interfaceType.Interfaces,
                _ => [],
            };
            foreach (var reference in references)
            {
                if (reference.Name.Value == referencedName)
                {
                    found.Add(reference);
                }
            }
        }

        return found;
    }

    private void ValidateEnumValues(GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", [.. AllNodes(enumType)]);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum values cannot be named: {value.Name}", value.AstNode);
            }
        }
    }

    private void ValidateInputFields(GraphQLInputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            Report($"Input Object type {inputObject.Name} must define one or more fields.", [.. AllNodes(inputObject)]);
        }

        foreach (var field in inputObject.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!TypePredicates.IsInputType(field.Type))
            {
                Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", TypeNodeOf(field.AstNode));
            }

            if (TypePredicates.IsRequired(field) && field.DeprecationReason is not null)
            {
                Report($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.", DeprecatedDirectiveOf(field.AstNode), TypeNodeOf(field.AstNode));
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", TypeNodeOf(field.AstNode));
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
