namespace CooperationGraph.GraphQL.Type;

/// <content>The <c>__Type</c> and <c>__TypeKind</c> types and the meta-fields.</content>
public static partial class Introspection
{
    // Built on first use: static initializers of the partial files run in an unspecified order.
    private static GraphQLField? _schemaMetaField;
    private static GraphQLField? _typeMetaField;
    private static GraphQLField? _typeNameMetaField;

    /// <summary><c>__Type</c>.</summary>
    public static GraphQLObjectType TypeType { get; } = new(
        "__Type",
        () =>
        [
            new("kind", new GraphQLNonNull(TypeKindType!), resolve: Resolve(static s => KindOf((GraphQLType)s!))),
            new("name", SpecifiedScalars.String, resolve: Resolve(static s => (s as GraphQLNamedType)?.Name)),
            new("description", SpecifiedScalars.String, resolve: Resolve(static s => (s as GraphQLNamedType)?.Description)),
            new("specifiedByURL", SpecifiedScalars.String, resolve: Resolve(static s => (s as GraphQLScalarType)?.SpecifiedByUrl)),
            new("fields", new GraphQLList(new GraphQLNonNull(FieldType!)), [IncludeDeprecated()], ResolveWith(static c => c.Source is GraphQLFieldsType t ? FilterDeprecated(t.Fields.Values, c) : null)),
            new("interfaces", new GraphQLList(new GraphQLNonNull(TypeType!)), resolve: Resolve(static s => (s as GraphQLFieldsType)?.Interfaces)),
            new("possibleTypes", new GraphQLList(new GraphQLNonNull(TypeType!)), resolve: ResolveWith(static c => TypePredicates.IsAbstractType((GraphQLType)c.Source!) ? c.Schema.GetPossibleTypes((GraphQLNamedType)c.Source!) : null)),
            new("enumValues", new GraphQLList(new GraphQLNonNull(EnumValueType!)), [IncludeDeprecated()], ResolveWith(static c => c.Source is GraphQLEnumType t ? FilterDeprecated(t.Values, c) : null)),
            new("inputFields", new GraphQLList(new GraphQLNonNull(InputValueType!)), [IncludeDeprecated()], ResolveWith(static c => c.Source is GraphQLInputObjectType t ? FilterDeprecated(t.Fields.Values, c) : null)),
            new("ofType", TypeType!, resolve: Resolve(static s => s switch
            {
                GraphQLList list => list.OfType,
                GraphQLNonNull nonNull => nonNull.OfType,
                _ => null,
            })),
            new("isOneOf", SpecifiedScalars.Boolean, resolve: Resolve(static s => s is GraphQLInputObjectType t ? t.IsOneOf : null)),
        ],
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary><c>__TypeKind</c>.</summary>
    public static GraphQLEnumType TypeKindType { get; } = new(
        "__TypeKind",
        [
            new("SCALAR", description: "Indicates this type is a scalar."),
            new("OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new("INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new("UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."),
            new("ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."),
            new("INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field."),
            new("LIST", description: "Indicates this type is a list. `ofType` is a valid field."),
            new("NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."),
        ],
        "An enum describing what kind of type a given `__Type` is.");

    /// <summary>The <c>__schema</c> meta-field of the query root.</summary>
    public static GraphQLField SchemaMetaField => _schemaMetaField ??= new(
        "__schema",
        new GraphQLNonNull(SchemaType),
        resolve: static context => new ValueTask<object?>(context.Schema),
        description: "Access the current type schema of this server.");

    /// <summary>The <c>__type(name:)</c> meta-field of the query root.</summary>
    public static GraphQLField TypeMetaField => _typeMetaField ??= new(
        "__type",
        TypeType,
        [new GraphQLArgument("name", new GraphQLNonNull(SpecifiedScalars.String))],
        static context => new ValueTask<object?>(context.Schema.GetType(context.GetArgument<string>("name") ?? string.Empty)),
        "Request the type information of a single type.");

    /// <summary>The <c>__typename</c> meta-field every composite type has.</summary>
    public static GraphQLField TypeNameMetaField => _typeNameMetaField ??= new(
        "__typename",
        new GraphQLNonNull(SpecifiedScalars.String),
        resolve: static context => new ValueTask<object?>(context.ParentType.Name),
        description: "The name of the current Object type at runtime.");

    private static string KindOf(GraphQLType type) => type switch
    {
        GraphQLScalarType => "SCALAR",
        GraphQLObjectType => "OBJECT",
        GraphQLInterfaceType => "INTERFACE",
        GraphQLUnionType => "UNION",
        GraphQLEnumType => "ENUM",
        GraphQLInputObjectType => "INPUT_OBJECT",
        GraphQLList => "LIST",
        _ => "NON_NULL",
    };

}
