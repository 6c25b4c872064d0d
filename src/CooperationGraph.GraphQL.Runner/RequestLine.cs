using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.GraphQL.Runner;

/// <summary>Reads one request line: <c>{"query": "…", "variables": {…}, "operationName": "…"}</c>.</summary>
internal static class RequestLine
{
    public static bool TryParse(string line, [NotNullWhen(true)] out GraphQLRequest? request, out string problem)
    {
        request = null;
        problem = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            problem = "Request line is not valid JSON: " + exception.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "Request line must be a JSON object.";
                return false;
            }

            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                problem = "Must provide query string.";
                return false;
            }

            IReadOnlyDictionary<string, object?>? variables = null;
            if (root.TryGetProperty("variables", out var variablesElement))
            {
                switch (variablesElement.ValueKind)
                {
                    case JsonValueKind.Object:
                        variables = (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(variablesElement)!;
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        problem = "Variables must be an object.";
                        return false;
                }
            }

            string? operationName = null;
            if (root.TryGetProperty("operationName", out var nameElement))
            {
                switch (nameElement.ValueKind)
                {
                    case JsonValueKind.String:
                        operationName = nameElement.GetString();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        problem = "Operation name must be a string.";
                        return false;
                }
            }

            request = new GraphQLRequest(query.GetString()!, variables, operationName);
            return true;
        }
    }
}
