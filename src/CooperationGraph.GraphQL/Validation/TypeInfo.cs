using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema types at the current position: the output type and parent
/// type of selections, the input type of values, and the field, directive and argument definitions in scope.
/// </summary>
internal sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<GraphQLInputValue?> _inputValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type at the current position.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set encloses the current position.</summary>
    public GraphQLNamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type the current value must have.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the value enclosing the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the field being visited.</summary>
    public GraphQLField? FieldDef => Top(_fieldDefStack);

    /// <summary>The argument or input field whose value is being visited; its default value matters to variables.</summary>
    public GraphQLInputValue? InputValueDef => Top(_inputValueStack);

    /// <summary>The directive being visited.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The argument definition being visited.</summary>
    public GraphQLArgument? Argument { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = TypePredicates.GetNamedType(Type);
                _parentTypeStack.Add(TypePredicates.IsCompositeType(named) ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetFieldDef(_schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(OutputTypeOrNull(inline.TypeCondition is { } condition
                    ? TypeFromAst.Resolve(_schema, condition)
                    : TypePredicates.GetNamedType(Type)));
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(OutputTypeOrNull(TypeFromAst.Resolve(_schema, fragment.TypeCondition)));
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(InputTypeOrNull(TypeFromAst.Resolve(_schema, variable.Type)));
                break;
            case ArgumentNode argument:
                var argumentDef = Directive is { } d ? d.GetArgument(argument.Name.Value) : FieldDef?.GetArgument(argument.Name.Value);
                Argument = argumentDef;
                _inputValueStack.Add(argumentDef);
                _inputTypeStack.Add(InputTypeOrNull(argumentDef?.Type));
                break;
            case ListValueNode:
                var listType = InputType is { } input ? TypePredicates.GetNullableType(input) : null;
                _inputValueStack.Add(null);
                _inputTypeStack.Add(InputTypeOrNull(listType is GraphQLList list ? list.OfType : listType));
                break;
            case ObjectFieldNode objectField:
                GraphQLInputField? inputField = null;
                if (TypePredicates.GetNamedType(InputType) is GraphQLInputObjectType inputObject)
                {
                    inputObject.Fields.TryGetValue(objectField.Name.Value, out inputField);
                }

                _inputValueStack.Add(inputField);
                _inputTypeStack.Add(InputTypeOrNull(inputField?.Type));
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_inputValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_inputValueStack);
                Pop(_inputTypeStack);
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on a type, including the meta-fields: <c>__typename</c> on every
    /// composite type, <c>__schema</c> and <c>__type</c> on the query root only.
    /// </summary>
    public static GraphQLField? GetFieldDef(GraphQLSchema schema, GraphQLNamedType parentType, string name)
    {
        switch (name)
        {
            case "__schema" when ReferenceEquals(schema.Query, parentType):
                return Introspection.SchemaMetaField;
            case "__type" when ReferenceEquals(schema.Query, parentType):
                return Introspection.TypeMetaField;
            case "__typename" when TypePredicates.IsCompositeType(parentType):
                return Introspection.TypeNameMetaField;
        }

        return parentType is GraphQLFieldsType fieldsType ? fieldsType.GetField(name) : null;
    }

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) =>
        type is not null && TypePredicates.IsOutputType(type) ? type : null;

    private static GraphQLType? InputTypeOrNull(GraphQLType? type) =>
        type is not null && TypePredicates.IsInputType(type) ? type : null;

    private static T? Top<T>(List<T?> stack)
        where T : class =>
        stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
