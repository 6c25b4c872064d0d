using System.Text;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Utilities;

/// <summary>Prints a schema as SDL in graphql-js's <c>printSchema</c> layout.</summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema's own directives and types (not the specified scalars, directives or introspection types).</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The SDL, without a trailing newline.</returns>
    public static string PrintSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.TypeMap.Values)
        {
            if (!(type is GraphQLScalarType && SpecifiedScalars.IsSpecified(type)) && !Introspection.IsIntrospectionType(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type's definition.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The SDL definition.</returns>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        GraphQLObjectType objectType => PrintDescription(objectType.Description) + "type " + objectType.Name + PrintInterfaces(objectType) + CostPrinter.Print(objectType) + PrintFields(objectType),
        GraphQLInterfaceType @interface => PrintDescription(@interface.Description) + "interface " + @interface.Name + PrintInterfaces(@interface) + CostPrinter.Print(@interface) + PrintFields(@interface),
        GraphQLUnionType union => PrintDescription(union.Description) + "union " + union.Name + CostPrinter.Print(union) + PrintMembers(union),
        GraphQLEnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintEnumValues(enumType),
        GraphQLInputObjectType inputObject => PrintDescription(inputObject.Description) + "input " + inputObject.Name + (inputObject.IsOneOf ? " @oneOf" : string.Empty) + PrintInputFields(inputObject),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    /// <summary>Prints a directive definition.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>The SDL definition.</returns>
    public static string PrintDirective(GraphQLDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        var locations = new List<string>(directive.Locations.Count);
        foreach (var location in directive.Locations)
        {
            locations.Add(location.ToSpecName());
        }

        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, string.Empty)
            + PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", locations);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var conventional = (schema.Query is null || schema.Query.Name == "Query")
            && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
            && (schema.Subscription is null || schema.Subscription.Name == "Subscription");
        if (schema.Description is null && conventional)
        {
            return null;
        }

        var operations = new List<string>(3);
        if (schema.Query is { } query)
        {
            operations.Add("  query: " + query.Name);
        }

        if (schema.Mutation is { } mutation)
        {
            operations.Add("  mutation: " + mutation.Name);
        }

        if (schema.Subscription is { } subscription)
        {
            operations.Add("  subscription: " + subscription.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join('\n', operations) + "\n}";
    }

    private static string PrintSpecifiedBy(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + Printer.PrintString(url) + ")" : string.Empty;

    private static string PrintInterfaces(GraphQLFieldsType type)
    {
        if (type.Interfaces.Count == 0)
        {
            return string.Empty;
        }

        var names = new List<string>(type.Interfaces.Count);
        foreach (var @interface in type.Interfaces)
        {
            names.Add(@interface.Name);
        }

        return " implements " + string.Join(" & ", names);
    }

    private static string PrintMembers(GraphQLUnionType union)
    {
        if (union.Types.Count == 0)
        {
            return string.Empty;
        }

        var names = new List<string>(union.Types.Count);
        foreach (var member in union.Types)
        {
            names.Add(member.Name);
        }

        return " = " + string.Join(" | ", names);
    }

    private static string PrintFields(GraphQLFieldsType type)
    {
        var lines = new List<string>(type.Fields.Count);
        foreach (var field in type.Fields.Values)
        {
            lines.Add(PrintDescription(field.Description, "  ", lines.Count == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
                + ": " + field.Type + PrintDeprecated(field.DeprecationReason) + CostPrinter.Print(field));
        }

        return PrintBlock(lines);
    }

    private static string PrintEnumValues(GraphQLEnumType enumType)
    {
        var lines = new List<string>(enumType.Values.Count);
        foreach (var value in enumType.Values)
        {
            lines.Add(PrintDescription(value.Description, "  ", lines.Count == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason));
        }

        return PrintBlock(lines);
    }

    private static string PrintInputFields(GraphQLInputObjectType inputObject)
    {
        var lines = new List<string>(inputObject.Fields.Count);
        foreach (var field in inputObject.Fields.Values)
        {
            lines.Add(PrintDescription(field.Description, "  ", lines.Count == 0) + "  " + PrintInputValue(field));
        }

        return PrintBlock(lines);
    }

    private static string PrintBlock(List<string> lines) => lines.Count == 0 ? string.Empty : " {\n" + string.Join('\n', lines) + "\n}";

    private static string PrintArguments(IReadOnlyList<GraphQLArgument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        var described = false;
        foreach (var argument in arguments)
        {
            described |= !string.IsNullOrEmpty(argument.Description);
        }

        var builder = new StringBuilder("(");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (described)
            {
                builder.Append('\n').Append(PrintDescription(arguments[i].Description, "  " + indentation, i == 0)).Append("  ").Append(indentation);
            }
            else if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(PrintInputValue(arguments[i]));
        }

        if (described)
        {
            builder.Append('\n').Append(indentation);
        }

        return builder.Append(')').ToString();
    }

    private static string PrintInputValue(GraphQLInputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintable(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
