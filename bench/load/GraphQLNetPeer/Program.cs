// The .NET peers of the HTTP load run (bench/load/README.md), on 127.0.0.1:
//   graphql  — GraphQL.NET serving the printed schema (graph-schema/schema.graphql, schema-first) with plain in-memory
//              resolvers over the graph the service exported: what a C# developer would write instead of the service;
//   canned   — bare Kestrel answering every request with the same bytes: the ceiling of this stack on this machine.
// Usage: GraphQLNetPeer graphql --data graph.json --schema schema.graphql --port 5092
//        GraphQLNetPeer canned --answer answer.json --port 5093
// Prints one line `listening http://127.0.0.1:PORT/graphql` once it accepts requests.
using System.Text.Encodings.Web;
using CooperationGraph.LoadPeer;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;

var options = PeerOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: GraphQLNetPeer graphql --data graph.json --schema schema.graphql --port PORT | canned --answer FILE --port PORT");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
// Like the Node peer, the peers log nothing per request.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
var app = builder.Build();

if (options.Mode == "canned")
{
    var answer = File.ReadAllBytes(options.Answer!);
    app.Run(async context =>
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/graphql-response+json; charset=utf-8";
        response.ContentLength = answer.Length;
        await response.Body.WriteAsync(answer, context.RequestAborted);
    });
}
else
{
    var graph = LoadedGraph.Load(options.Data!);
    var schema = PeerSchema.Build(File.ReadAllText(options.Schema!), graph);
    var executer = new DocumentExecuter();
    // Chinese text unescaped, as the service and graphql-js write it.
    var serializer = new GraphQLSerializer(settings => settings.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    app.MapPost("/graphql", async context =>
    {
        var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request?.Query,
            Variables = request?.Variables,
            OperationName = request?.OperationName,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        });
        var response = context.Response;
        response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        response.ContentType = "application/graphql-response+json; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    });
    app.MapGet("/graphql", () => Results.Ok());
}

await app.StartAsync();
Console.WriteLine($"listening http://127.0.0.1:{options.Port}/graphql ({options.Mode})");
await app.WaitForShutdownAsync();
return 0;
