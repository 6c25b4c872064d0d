using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Coerces variable, argument and directive values, with graphql-js's error messages.</summary>
public static class Values
{
    private const int MaxVariableErrors = 50;

    /// <summary>An empty argument map, shared by fields that take no arguments.</summary>
    internal static IReadOnlyDictionary<string, object?> NoArguments { get; } = new Dictionary<string, object?>(0);

    /// <summary>Coerces the request's variables against the operation's variable definitions.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="definitions">The operation's variable definitions.</param>
    /// <param name="inputs">The JSON-decoded variables, or null.</param>
    /// <param name="errors">The problems found; empty on success.</param>
    /// <returns>The coerced variables (meaningless when there are errors).</returns>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, found);
            }
        }
        catch (TooManyErrorsException)
        {
            found.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        errors = found;
        return coerced;
    }

    /// <summary>Coerces the arguments of a field or directive use.</summary>
    /// <param name="arguments">The argument definitions.</param>
    /// <param name="argumentNodes">The arguments written in the document.</param>
    /// <param name="node">The field or directive, for error locations.</param>
    /// <param name="variables">The coerced variables.</param>
    /// <returns>The coerced arguments, defaults included.</returns>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(
        IReadOnlyList<GraphQLArgument> arguments,
        IReadOnlyList<ArgumentNode> argumentNodes,
        Node node,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(argumentNodes);
        if (arguments.Count == 0)
        {
            return NoArguments;
        }

        // Indexed loops: an interface's enumerator would be allocated per field.
        var coerced = new Dictionary<string, object?>(arguments.Count, StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var name = argument.Name;
            ArgumentNode? argumentNode = null;
            for (var j = 0; j < argumentNodes.Count; j++)
            {
                if (argumentNodes[j].Name.Value == name)
                {
                    argumentNode = argumentNodes[j];
                }
            }

            if (argumentNode is null)
            {
                if (argument.HasDefaultValue)
                {
                    coerced[name] = argument.DefaultValue;
                }
                else if (argument.Type is GraphQLNonNull)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{argument.Type}\" was not provided.", [node]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (argument.HasDefaultValue)
                    {
                        coerced[name] = argument.DefaultValue;
                    }
                    else if (argument.Type is GraphQLNonNull)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{argument.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && argument.Type is GraphQLNonNull)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{argument.Type}\" must not be null.", [valueNode]);
            }

            if (!ValueFromAst.TryConvert(valueNode, argument.Type, variables, out var value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>Coerces the arguments of a directive where it is used on a node, if it is used there.</summary>
    /// <param name="directive">The directive definition.</param>
    /// <param name="node">The node that may carry the directive.</param>
    /// <param name="variables">The coerced variables.</param>
    /// <returns>The coerced arguments, or null when the node does not use the directive.</returns>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        GraphQLDirective directive,
        IHasDirectives node,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ArgumentNullException.ThrowIfNull(node);
        foreach (var directiveNode in node.Directives)
        {
            if (directiveNode.Name.Value == directive.Name)
            {
                return GetArgumentValues(directive.Arguments, directiveNode.Arguments, directiveNode, variables);
            }
        }

        return null;
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Resolve(schema, definition.Type);
        if (type is null || !TypePredicates.IsInputType(type))
        {
            AddError(errors, new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is not null)
            {
                ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue);
                coerced[name] = defaultValue;
            }
            else if (type is GraphQLNonNull)
            {
                AddError(errors, new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            }

            return;
        }

        if (input is null && type is GraphQLNonNull)
        {
            AddError(errors, new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }

        coerced[name] = CoerceInputValue.Coerce(input, type, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Format(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{CoerceInputValue.PrintPath(path)}\"";
            }

            AddError(errors, new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
        });
    }

    private static void AddError(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxVariableErrors)
        {
            throw new TooManyErrorsException();
        }

        errors.Add(error);
    }

    private sealed class TooManyErrorsException : Exception;
}
