using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Schema;

/// <summary>Registers the cooperation <see cref="GraphQLSchema"/> and the per-request <see cref="GraphLoaders"/>.</summary>
internal static class SchemaRegistration
{
    public static IServiceCollection AddCooperationSchema(this IServiceCollection services)
    {
        services.AddSingleton(provider => CooperationSchemaFactory.Create(provider.GetRequiredService<GraphModelSource>().Model));
        services.AddScoped(provider => new GraphLoaders(provider.GetRequiredService<IGraphStore>()));
        return services;
    }
}
