using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <content>Building each kind of named type from its definition and extensions.</content>
internal sealed partial class SdlSchemaBuilder
{
    private GraphQLNamedType BuildType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var extensions = _extensions.GetValueOrDefault(name) ?? [];
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ObjectTypeDefinitionNode objectNode:
                return new GraphQLObjectType(
                    name,
                    () => BuildFields(objectNode.Fields, extensions),
                    () => BuildInterfaces(objectNode.Interfaces, extensions),
                    description)
                { AstNode = definition, ExtensionAstNodes = extensions };
            case InterfaceTypeDefinitionNode interfaceNode:
                return new GraphQLInterfaceType(
                    name,
                    () => BuildFields(interfaceNode.Fields, extensions),
                    () => BuildInterfaces(interfaceNode.Interfaces, extensions),
                    description)
                { AstNode = definition, ExtensionAstNodes = extensions };
            case UnionTypeDefinitionNode unionNode:
                return new GraphQLUnionType(name, () => BuildMembers(unionNode.Types, extensions), description)
                { AstNode = definition, ExtensionAstNodes = extensions };
            case EnumTypeDefinitionNode enumNode:
                return new GraphQLEnumType(name, BuildEnumValues(name, enumNode.Values, extensions), description)
                { AstNode = definition, ExtensionAstNodes = extensions };
            case InputObjectTypeDefinitionNode inputNode:
                return new GraphQLInputObjectType(name, () => BuildInputFields(inputNode.Fields, extensions), description, IsOneOf(definition, extensions))
                { AstNode = definition, ExtensionAstNodes = extensions };
            case ScalarTypeDefinitionNode:
                return BuildScalar(name, description, definition, extensions);
            default:
                throw new InvalidOperationException($"Unexpected type definition {definition.Kind}.");
        }
    }

    private GraphQLScalarType BuildScalar(string name, string? description, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var url = SpecifiedByUrl(definition);
        foreach (var extension in extensions)
        {
            url = SpecifiedByUrl(extension) ?? url;
        }

        var bound = _bindings.Scalars.GetValueOrDefault(name);
        return bound is null
            ? new GraphQLScalarType(name, description, specifiedByUrl: url) { AstNode = definition, ExtensionAstNodes = extensions }
            : new GraphQLScalarType(name, description, bound.Serialize, bound.ParseValue, bound.ParseLiteral, url ?? bound.SpecifiedByUrl)
            { AstNode = definition, ExtensionAstNodes = extensions };
    }

    private static bool IsOneOf(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<IHasDirectives>(extensions.Count + 1) { definition };
        nodes.AddRange(extensions);
        foreach (var node in nodes)
        {
            foreach (var directive in node.Directives)
            {
                if (directive.Name.Value == "oneOf")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<GraphQLField> BuildFields(IReadOnlyList<FieldDefinitionNode> own, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<FieldDefinitionNode>(own);
        foreach (var extension in extensions)
        {
            nodes.AddRange(extension switch
            {
                ObjectTypeExtensionNode objectExtension => objectExtension.Fields,
                InterfaceTypeExtensionNode interfaceExtension => interfaceExtension.Fields,
                _ => [],
            });
        }

        var fields = new List<GraphQLField>(nodes.Count);
        foreach (var node in nodes)
        {
            fields.Add(new GraphQLField(
                node.Name.Value,
                GetWrappedType(node.Type),
                BuildArguments(node.Arguments),
                description: node.Description?.Value,
                deprecationReason: DeprecationReason(node))
            { AstNode = node });
        }

        return fields;
    }

    private List<GraphQLInterfaceType> BuildInterfaces(IReadOnlyList<NamedTypeNode> own, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<NamedTypeNode>(own);
        foreach (var extension in extensions)
        {
            nodes.AddRange(extension switch
            {
                ObjectTypeExtensionNode objectExtension => objectExtension.Interfaces,
                InterfaceTypeExtensionNode interfaceExtension => interfaceExtension.Interfaces,
                _ => [],
            });
        }

        var interfaces = new List<GraphQLInterfaceType>(nodes.Count);
        foreach (var node in nodes)
        {
            interfaces.Add(GetNamedType(node) as GraphQLInterfaceType
                ?? throw new InvalidOperationException($"Type \"{node.Name.Value}\" is implemented but is not an interface."));
        }

        return interfaces;
    }

    private List<GraphQLObjectType> BuildMembers(IReadOnlyList<NamedTypeNode> own, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<NamedTypeNode>(own);
        foreach (var extension in extensions)
        {
            if (extension is UnionTypeExtensionNode unionExtension)
            {
                nodes.AddRange(unionExtension.Types);
            }
        }

        var members = new List<GraphQLObjectType>(nodes.Count);
        foreach (var node in nodes)
        {
            members.Add(GetNamedType(node) as GraphQLObjectType
                ?? throw new InvalidOperationException($"Union member \"{node.Name.Value}\" is not an object type."));
        }

        return members;
    }

    private List<GraphQLEnumValue> BuildEnumValues(string enumName, IReadOnlyList<EnumValueDefinitionNode> own, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<EnumValueDefinitionNode>(own);
        foreach (var extension in extensions)
        {
            if (extension is EnumTypeExtensionNode enumExtension)
            {
                nodes.AddRange(enumExtension.Values);
            }
        }

        var internalValues = _bindings.EnumValues.GetValueOrDefault(enumName);
        var values = new List<GraphQLEnumValue>(nodes.Count);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            var internalValue = internalValues is not null && internalValues.TryGetValue(name, out var bound) ? bound : name;
            values.Add(new GraphQLEnumValue(name, internalValue, node.Description?.Value, DeprecationReason(node)) { AstNode = node });
        }

        return values;
    }

    private List<GraphQLInputField> BuildInputFields(IReadOnlyList<InputValueDefinitionNode> own, List<TypeExtensionNode> extensions)
    {
        var nodes = new List<InputValueDefinitionNode>(own);
        foreach (var extension in extensions)
        {
            if (extension is InputObjectTypeExtensionNode inputExtension)
            {
                nodes.AddRange(inputExtension.Fields);
            }
        }

        var fields = new List<GraphQLInputField>(nodes.Count);
        foreach (var node in nodes)
        {
            var type = GetWrappedType(node.Type);
            var description = node.Description?.Value;
            var reason = DeprecationReason(node);
            fields.Add(node.DefaultValue is null
                ? new GraphQLInputField(node.Name.Value, type, description, reason) { AstNode = node }
                : new GraphQLInputField(node.Name.Value, type, DefaultValue(node, type), description, reason) { AstNode = node });
        }

        return fields;
    }
}
