using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// A depth-first walk over an AST, children in source order (graphql-js's key order): <see cref="Enter"/> is
/// called before a node's children and <see cref="Leave"/> after them.
/// </summary>
public abstract class Visitor
{
    /// <summary>Walks the tree under a root node.</summary>
    /// <param name="root">The node to start at.</param>
    public void Visit(Node root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Enter(root))
        {
            return;
        }

        VisitChildren(root, this);
        Leave(root);
    }

    /// <summary>Called when the walk reaches a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>False to skip the node's children (and its <see cref="Leave"/>).</returns>
    protected virtual bool Enter(Node node) => true;

    /// <summary>Called after all of a node's children were visited.</summary>
    /// <param name="node">The node.</param>
    protected virtual void Leave(Node node)
    {
    }

    /// <summary>Calls <see cref="Visit"/> on each child of a node, in order.</summary>
    /// <param name="node">The parent node.</param>
    /// <param name="visitor">The visitor to walk each child with.</param>
    public static void VisitChildren(Node node, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(visitor);
        ForEachChild(node, visitor, static (child, v) => v.Visit(child));
    }

    /// <summary>Calls an action on each direct child of a node, in graphql-js's key order.</summary>
    /// <typeparam name="TState">The state passed along to the action.</typeparam>
    /// <param name="node">The parent node.</param>
    /// <param name="state">The state.</param>
    /// <param name="action">The action.</param>
    public static void ForEachChild<TState>(Node node, TState state, Action<Node, TState> action)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(action);
        var children = new ChildWalker<TState>(state, action);
        children.Walk(node);
    }

    private readonly struct ChildWalker<TState>(TState state, Action<Node, TState> action)
    {
        public void Walk(Node node)
        {
            switch (node)
            {
                case DocumentNode document:
                    All(document.Definitions);
                    break;
                case OperationDefinitionNode operation:
                    One(operation.Description);
                    One(operation.Name);
                    All(operation.VariableDefinitions);
                    All(operation.Directives);
                    One(operation.SelectionSet);
                    break;
                case VariableDefinitionNode variable:
                    One(variable.Description);
                    One(variable.Variable);
                    One(variable.Type);
                    One(variable.DefaultValue);
                    All(variable.Directives);
                    break;
                case VariableNode variable:
                    One(variable.Name);
                    break;
                case SelectionSetNode selectionSet:
                    All(selectionSet.Selections);
                    break;
                case FieldNode field:
                    One(field.Alias);
                    One(field.Name);
                    All(field.Arguments);
                    All(field.Directives);
                    One(field.SelectionSet);
                    break;
                case ArgumentNode argument:
                    One(argument.Name);
                    One(argument.Value);
                    break;
                case FragmentSpreadNode spread:
                    One(spread.Name);
                    All(spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    One(inline.TypeCondition);
                    All(inline.Directives);
                    One(inline.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    One(fragment.Description);
                    One(fragment.Name);
                    One(fragment.TypeCondition);
                    All(fragment.Directives);
                    One(fragment.SelectionSet);
                    break;
                case ListValueNode list:
                    All(list.Values);
                    break;
                case ObjectValueNode obj:
                    All(obj.Fields);
                    break;
                case ObjectFieldNode field:
                    One(field.Name);
                    One(field.Value);
                    break;
                case DirectiveNode directive:
                    One(directive.Name);
                    All(directive.Arguments);
                    break;
                case NamedTypeNode named:
                    One(named.Name);
                    break;
                case ListTypeNode list:
                    One(list.Type);
                    break;
                case NonNullTypeNode nonNull:
                    One(nonNull.Type);
                    break;
                default:
                    WalkTypeSystem(node);
                    break;
            }
        }

        private void WalkTypeSystem(Node node)
        {
            switch (node)
            {
                case SchemaDefinitionNode schema:
                    One(schema.Description);
                    All(schema.Directives);
                    All(schema.OperationTypes);
                    break;
                case OperationTypeDefinitionNode operationType:
                    One(operationType.Type);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    One(scalar.Description);
                    One(scalar.Name);
                    All(scalar.Directives);
                    break;
                case ObjectTypeDefinitionNode type:
                    One(type.Description);
                    One(type.Name);
                    All(type.Interfaces);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case FieldDefinitionNode field:
                    One(field.Description);
                    One(field.Name);
                    All(field.Arguments);
                    One(field.Type);
                    All(field.Directives);
                    break;
                case InputValueDefinitionNode input:
                    One(input.Description);
                    One(input.Name);
                    One(input.Type);
                    One(input.DefaultValue);
                    All(input.Directives);
                    break;
                case InterfaceTypeDefinitionNode type:
                    One(type.Description);
                    One(type.Name);
                    All(type.Interfaces);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case UnionTypeDefinitionNode union:
                    One(union.Description);
                    One(union.Name);
                    All(union.Directives);
                    All(union.Types);
                    break;
                case EnumTypeDefinitionNode type:
                    One(type.Description);
                    One(type.Name);
                    All(type.Directives);
                    All(type.Values);
                    break;
                case EnumValueDefinitionNode value:
                    One(value.Description);
                    One(value.Name);
                    All(value.Directives);
                    break;
                case InputObjectTypeDefinitionNode type:
                    One(type.Description);
                    One(type.Name);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case DirectiveDefinitionNode directive:
                    One(directive.Description);
                    One(directive.Name);
                    All(directive.Arguments);
                    All(directive.Directives);
                    All(directive.Locations);
                    break;
                case SchemaExtensionNode schema:
                    All(schema.Directives);
                    All(schema.OperationTypes);
                    break;
                default:
                    WalkExtension(node);
                    break;
            }
        }

        private void WalkExtension(Node node)
        {
            switch (node)
            {
                case ScalarTypeExtensionNode scalar:
                    One(scalar.Name);
                    All(scalar.Directives);
                    break;
                case ObjectTypeExtensionNode type:
                    One(type.Name);
                    All(type.Interfaces);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case InterfaceTypeExtensionNode type:
                    One(type.Name);
                    All(type.Interfaces);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case UnionTypeExtensionNode union:
                    One(union.Name);
                    All(union.Directives);
                    All(union.Types);
                    break;
                case EnumTypeExtensionNode type:
                    One(type.Name);
                    All(type.Directives);
                    All(type.Values);
                    break;
                case InputObjectTypeExtensionNode type:
                    One(type.Name);
                    All(type.Directives);
                    All(type.Fields);
                    break;
                case DirectiveExtensionNode directive:
                    One(directive.Name);
                    All(directive.Directives);
                    break;
            }
        }

        private void One(Node? child)
        {
            if (child is not null)
            {
                action(child, state);
            }
        }

        private void All<T>(IReadOnlyList<T> children)
            where T : Node
        {
            for (var i = 0; i < children.Count; i++)
            {
                action(children[i], state);
            }
        }
    }
}
