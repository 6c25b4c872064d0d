using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Storage;

/// <summary>The graph model, read once from <c>model.yaml</c>: what the schema and the seeding are generated from.</summary>
internal sealed class GraphModelSource(IOptions<GraphDataOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<GraphModel> _model = new(() =>
        GraphModelLoader.Load(ContentPaths.Resolve(options.Value.ModelPath, environment.ContentRootPath)));

    public GraphModel Model => _model.Value;

    public string SeedDataDirectory => ContentPaths.Resolve(options.Value.SeedDataPath, environment.ContentRootPath);
}
