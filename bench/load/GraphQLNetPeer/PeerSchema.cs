using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CooperationGraph.LoadPeer;

/// <summary>
/// The printed schema built schema-first by GraphQL.NET. GraphQL.NET checks at build time that every interface can
/// name its runtime type and that every subscription field has a stream, so both are configured here; the field
/// resolvers are set afterwards (<see cref="PeerResolvers"/>).
/// </summary>
internal static class PeerSchema
{
    public static Schema Build(string sdl, LoadedGraph graph)
    {
        var document = GraphQLParser.Parser.Parse(sdl);
        Schema? schema = null;
        schema = Schema.For(sdl, builder =>
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is GraphQLInterfaceTypeDefinition @interface)
                {
                    // Every interface of this schema is Node, Entity or an abstract entity label: the node's concrete label names its type.
                    builder.Types.For(@interface.Name.StringValue).ResolveType = value => (IObjectGraphType)schema!.AllTypes[((PeerNode)value).Label]!;
                }
                else if (definition is GraphQLObjectTypeDefinition { Name.StringValue: "Subscription", Fields: { } fields })
                {
                    foreach (var field in fields)
                    {
                        builder.Types.For("Subscription").FieldFor(field.Name.StringValue).StreamResolver =
                            new SourceStreamResolver<object>(_ => NoEvents.Instance);
                    }
                }
            }
        });
        // The introspection graphql-js answers: isRepeatable on directives, deprecation on arguments and input fields.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        PeerResolvers.Attach(schema, graph);
        return schema;
    }

    /// <summary>A stream that never emits: the load run opens no subscription.</summary>
    private sealed class NoEvents : IObservable<object?>, IDisposable
    {
        public static readonly NoEvents Instance = new();

        public IDisposable Subscribe(IObserver<object?> observer) => this;

        public void Dispose()
        {
        }
    }
}
