using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Type;

/// <content>Interface implementation rules and input object cycles.</content>
internal sealed partial class SchemaValidator
{
    private void ValidateInterfaces(GraphQLFieldsType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @interface in type.Interfaces)
        {
            if (ReferenceEquals(@interface, type))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", [.. ReferencesTo(type, @interface.Name)]);
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                Report($"Type {type.Name} can only implement {@interface.Name} once.", [.. ReferencesTo(type, @interface.Name)]);
                continue;
            }

            ValidateImplementsAncestors(type, @interface);
            ValidateImplementsInterface(type, @interface);
        }
    }

    private void ValidateImplementsAncestors(GraphQLFieldsType type, GraphQLInterfaceType @interface)
    {
        foreach (var transitive in @interface.Interfaces)
        {
            var declared = false;
            foreach (var candidate in type.Interfaces)
            {
                declared |= ReferenceEquals(candidate, transitive);
            }

            if (!declared)
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    [.. ReferencesTo(@interface, transitive.Name), .. ReferencesTo(type, @interface.Name)]);
            }
        }
    }

    private void ValidateImplementsInterface(GraphQLFieldsType type, GraphQLInterfaceType @interface)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            var name = interfaceField.Name;
            var typeField = type.GetField(name);
            if (typeField is null)
            {
                Report($"Interface field {@interface.Name}.{name} expected but {type.Name} does not provide it.", [interfaceField.AstNode, .. AllNodes(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {@interface.Name}.{name} expects type {interfaceField.Type} but {type.Name}.{name} is type {typeField.Type}.",
                    TypeNodeOf(interfaceField.AstNode),
                    TypeNodeOf(typeField.AstNode));
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{name}({interfaceArgument.Name}:) expected but {type.Name}.{name} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{name}({interfaceArgument.Name}:) is type {typeArgument.Type}.",
                        TypeNodeOf(interfaceArgument.AstNode),
                        TypeNodeOf(typeArgument.AstNode));
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (TypePredicates.IsRequired(typeArgument) && interfaceField.GetArgument(typeArgument.Name) is null)
                {
                    Report(
                        $"Object field {type.Name}.{name} includes required argument {typeArgument.Name} that is missing from the Interface field {@interface.Name}.{name}.",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }
        }
    }

    /// <summary>Finds input objects that contain themselves through non-null fields, which no finite value satisfies.</summary>
    private sealed class InputObjectCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<GraphQLInputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public void Detect(GraphQLInputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByType[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _fieldPath.GetRange(cycleIndex, _fieldPath.Count - cycleIndex);
                        var names = new List<string>(cycle.Count);
                        var nodes = new List<Language.Ast.Node?>(cycle.Count);
                        foreach (var step in cycle)
                        {
                            names.Add(step.Name);
                            nodes.Add(step.AstNode);
                        }

                        validator.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', names)}\".",
                            [.. nodes]);
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByType.Remove(inputObject.Name);
        }
    }
}
