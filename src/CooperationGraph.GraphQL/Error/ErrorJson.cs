using System.Text.Json;

namespace CooperationGraph.GraphQL.Error;

internal static class ErrorJson
{
    // Extensions are arbitrary user data: reflection-based serialization is the honest default for them.
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);
}
