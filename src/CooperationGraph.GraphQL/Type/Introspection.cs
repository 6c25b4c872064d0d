using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// The introspection system: the <c>__</c> types and the <c>__schema</c>, <c>__type</c> and <c>__typename</c>
/// meta-fields, described as graphql-js describes them so introspection results match it exactly.
/// </summary>
public static partial class Introspection
{
    /// <summary><c>__Schema</c>.</summary>
    public static GraphQLObjectType SchemaType { get; } = new(
        "__Schema",
        () =>
        [
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLSchema)s!).Description)),
            new("types", NonNullListOf(TypeType!), resolve: Resolve(static s => ((GraphQLSchema)s!).TypeMap.Values), description: "A list of all types supported by this server."),
            new("queryType", new GraphQLNonNull(TypeType!), resolve: Resolve(static s => ((GraphQLSchema)s!).Query), description: "The type that query operations will be rooted at."),
            new("mutationType", TypeType!, resolve: Resolve(static s => ((GraphQLSchema)s!).Mutation), description: "If this server supports mutation, the type that mutation operations will be rooted at."),
            new("subscriptionType", TypeType!, resolve: Resolve(static s => ((GraphQLSchema)s!).Subscription), description: "If this server support subscription, the type that subscription operations will be rooted at."),
            new("directives", NonNullListOf(DirectiveType!), [IncludeDeprecatedDirectives()], ResolveWith(static c => FilterDeprecated(((GraphQLSchema)c.Source!).Directives, c)), description: "A list of all directives supported by this server."),
        ],
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary><c>__Directive</c>.</summary>
    public static GraphQLObjectType DirectiveType { get; } = new(
        "__Directive",
        () =>
        [
            new("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Resolve(static s => ((GraphQLDirective)s!).Name)),
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLDirective)s!).Description)),
            new("isRepeatable", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Resolve(static s => ((GraphQLDirective)s!).IsRepeatable)),
            new("locations", NonNullListOf(DirectiveLocationType!), resolve: Resolve(static s => BoxLocations(((GraphQLDirective)s!).Locations))),
            new("args", NonNullListOf(InputValueType!), [IncludeDeprecated()], ResolveWith(static c => FilterDeprecated(((GraphQLDirective)c.Source!).Arguments, c))),
            new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Resolve(static s => ((GraphQLDirective)s!).DeprecationReason is not null)),
            new("deprecationReason", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLDirective)s!).DeprecationReason)),
        ],
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static GraphQLEnumType DirectiveLocationType { get; } = new(
        "__DirectiveLocation",
        [
            Location(DirectiveLocation.Query, "Location adjacent to a query operation."),
            Location(DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
            Location(DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
            Location(DirectiveLocation.Field, "Location adjacent to a field."),
            Location(DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
            Location(DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
            Location(DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
            Location(DirectiveLocation.VariableDefinition, "Location adjacent to a variable definition."),
            Location(DirectiveLocation.Schema, "Location adjacent to a schema definition."),
            Location(DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
            Location(DirectiveLocation.Object, "Location adjacent to an object type definition."),
            Location(DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
            Location(DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
            Location(DirectiveLocation.Interface, "Location adjacent to an interface definition."),
            Location(DirectiveLocation.Union, "Location adjacent to a union definition."),
            Location(DirectiveLocation.Enum, "Location adjacent to an enum definition."),
            Location(DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
            Location(DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
            Location(DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
            Location(DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
        ],
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary><c>__Field</c>.</summary>
    public static GraphQLObjectType FieldType { get; } = new(
        "__Field",
        () =>
        [
            new("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Resolve(static s => ((GraphQLField)s!).Name)),
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLField)s!).Description)),
            new("args", NonNullListOf(InputValueType!), [IncludeDeprecated()], ResolveWith(static c => FilterDeprecated(((GraphQLField)c.Source!).Arguments, c))),
            new("type", new GraphQLNonNull(TypeType!), resolve: Resolve(static s => ((GraphQLField)s!).Type)),
            new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Resolve(static s => ((GraphQLField)s!).DeprecationReason is not null)),
            new("deprecationReason", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLField)s!).DeprecationReason)),
        ],
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary><c>__InputValue</c>.</summary>
    public static GraphQLObjectType InputValueType { get; } = new(
        "__InputValue",
        () =>
        [
            new("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Resolve(static s => ((GraphQLInputValue)s!).Name)),
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLInputValue)s!).Description)),
            new("type", new GraphQLNonNull(TypeType!), resolve: Resolve(static s => ((GraphQLInputValue)s!).Type)),
            new("defaultValue", SpecifiedScalars.String, resolve: Resolve(static s => PrintDefault((GraphQLInputValue)s!)), description: "A GraphQL-formatted string representing the default value for this input value."),
            new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Resolve(static s => ((GraphQLInputValue)s!).DeprecationReason is not null)),
            new("deprecationReason", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLInputValue)s!).DeprecationReason)),
        ],
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary><c>__EnumValue</c>.</summary>
    public static GraphQLObjectType EnumValueType { get; } = new(
        "__EnumValue",
        () =>
        [
            new("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Resolve(static s => ((GraphQLEnumValue)s!).Name)),
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLEnumValue)s!).Description)),
            new("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Resolve(static s => ((GraphQLEnumValue)s!).DeprecationReason is not null)),
            new("deprecationReason", SpecifiedScalars.String, resolve: Resolve(static s => ((GraphQLEnumValue)s!).DeprecationReason)),
        ],
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary>Whether a type is one of the introspection types.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for the eight <c>__</c> types.</returns>
    public static bool IsIntrospectionType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue"
            or "__EnumValue" or "__TypeKind";
    }

    private static GraphQLNonNull NonNullListOf(GraphQLType type) => new(new GraphQLList(new GraphQLNonNull(type)));

    private static GraphQLArgument IncludeDeprecated() => new("includeDeprecated", SpecifiedScalars.Boolean, (object)false);

    // graphql-js 16.15 declares this one non-null, unlike the older includeDeprecated arguments.
    private static GraphQLArgument IncludeDeprecatedDirectives() =>
        new("includeDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), (object)false);

    private static FieldResolver Resolve(Func<object?, object?> read) => context => new ValueTask<object?>(read(context.Source));

    private static FieldResolver ResolveWith(Func<Execution.ResolveFieldContext, object?> read) => context => new ValueTask<object?>(read(context));

    private static GraphQLEnumValue Location(DirectiveLocation location, string description) =>
        new(location.ToSpecName(), location, description);

    private static object[] BoxLocations(IReadOnlyList<DirectiveLocation> locations)
    {
        var boxed = new object[locations.Count];
        for (var i = 0; i < boxed.Length; i++)
        {
            boxed[i] = locations[i];
        }

        return boxed;
    }

    private static bool WantsDeprecated(Execution.ResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static object FilterDeprecated<T>(IEnumerable<T> items, Execution.ResolveFieldContext context)
    {
        var includeDeprecated = WantsDeprecated(context);
        var kept = new List<T>();
        foreach (var item in items)
        {
            var reason = item switch
            {
                GraphQLField field => field.DeprecationReason,
                GraphQLInputValue input => input.DeprecationReason,
                GraphQLEnumValue value => value.DeprecationReason,
                GraphQLDirective directive => directive.DeprecationReason,
                _ => null,
            };
            if (includeDeprecated || reason is null)
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static string? PrintDefault(GraphQLInputValue input)
    {
        if (!input.HasDefaultValue)
        {
            return null;
        }

        var literal = AstFromValue.Convert(input.DefaultValue, input.Type);
        return literal is null ? null : Printer.Print(literal);
    }
}
