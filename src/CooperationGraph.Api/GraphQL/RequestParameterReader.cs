using System.Text.Json;
using CooperationGraph.GraphQL.Execution;
using Microsoft.Extensions.Primitives;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// Reads <c>query</c>, <c>variables</c>, <c>operationName</c> and <c>extensions</c> from a JSON body or a query
/// string, and refuses any of the wrong type with a message naming the parameter.
/// </summary>
internal static class RequestParameterReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    public static ParameterReadResult FromJsonBody(JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.Object => FromDecodedJsonObject(body),
        JsonValueKind.Array => TransportError.BadRequest(
            "Batched requests (a JSON array of operations) are not supported: send one operation per request."),
        _ => TransportError.BadRequest($"The request body must be a JSON object, not {Describe(body.ValueKind)}."),
    };

    public static ParameterReadResult FromQueryString(IQueryCollection query)
    {
        if (!TryGetSingle(query, "query", out var text, out var error)
            || !TryGetSingle(query, "operationName", out var operationName, out error)
            || !TryGetSingle(query, "variables", out var variablesJson, out error)
            || !TryGetSingle(query, "extensions", out var extensionsJson, out error))
        {
            return error;
        }
        if (text is null)
        {
            return TryParseMap("extensions", extensionsJson, out var named, out _) && NamesPersistedQuery(named)
                ? PersistedQueryNotSupported()
                : MissingQuery();
        }
        if (operationName is { Length: 0 })
        {
            // GraphQL over HTTP: in a URL an empty operationName is the same as none (a form may submit the field empty).
            operationName = null;
        }
        if (!TryParseMap("variables", variablesJson, out var variables, out error)
            || !TryParseMap("extensions", extensionsJson, out var extensions, out error))
        {
            return error;
        }
        return new GraphQLRequestParameters(text, variables, operationName, extensions);
    }

    // System.Text.Json checks a document's structure, not the text inside its strings: invalid or overlong UTF-8
    // and an escaped lone surrogate ("\ud800") surface only when a string is read, as InvalidOperationException.
    // Every string of the request is read here, before GraphQL sees any, so that mistake is the client's 400.
    private static ParameterReadResult FromDecodedJsonObject(JsonElement body)
    {
        try
        {
            return FromJsonObject(body);
        }
        catch (InvalidOperationException)
        {
            return InvalidText("request body");
        }
    }

    private static TransportError InvalidText(string where) => TransportError.BadRequest(
        $"The {where} holds a string that is not valid Unicode (invalid or overlong UTF-8, or a lone surrogate such as \\ud800).");

    private static ParameterReadResult FromJsonObject(JsonElement body)
    {
        // Names as UTF-8 literals: the string overloads transcode the name on every call.
        if (!body.TryGetProperty("query"u8, out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return body.TryGetProperty("extensions"u8, out var named) && named.ValueKind == JsonValueKind.Object
                && named.TryGetProperty("persistedQuery"u8, out _)
                ? PersistedQueryNotSupported()
                : MissingQuery();
        }
        if (query.ValueKind != JsonValueKind.String)
        {
            return WrongType("query", "a string", query.ValueKind);
        }
        string? operationName = null;
        if (body.TryGetProperty("operationName"u8, out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return WrongType("operationName", "a string or null", name.ValueKind);
            }
            operationName = name.GetString();
        }
        if (!TryReadMap(body, "variables", "variables"u8, out var variables, out var error)
            || !TryReadMap(body, "extensions", "extensions"u8, out var extensions, out error))
        {
            return error;
        }
        return new GraphQLRequestParameters(query.GetString()!, variables, operationName, extensions);
    }

    private static bool TryReadMap(
        JsonElement body, string parameter, ReadOnlySpan<byte> utf8Name, out IReadOnlyDictionary<string, object?>? map, out TransportError error)
    {
        map = null;
        error = null!;
        if (!body.TryGetProperty(utf8Name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = WrongType(parameter, "a JSON object or null", value.ValueKind);
            return false;
        }
        // Most requests send "variables": {} or nothing: an empty map needs no dictionary of its own.
        map = value.GetPropertyCount() == 0
            ? System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty
            : (Dictionary<string, object?>)JsonValues.ToPlain(value)!;
        return true;
    }

    private static bool TryParseMap(
        string parameter, string? json, out IReadOnlyDictionary<string, object?>? map, out TransportError error)
    {
        map = null;
        error = null!;
        if (json is null)
        {
            return true;
        }
        try
        {
            using var document = JsonDocument.Parse(json, s_documentOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = WrongType(parameter, "a JSON object or null", document.RootElement.ValueKind);
                return false;
            }
            map = (Dictionary<string, object?>)JsonValues.ToPlain(document.RootElement)!;
            return true;
        }
        catch (JsonException)
        {
            error = TransportError.BadRequest($"The '{parameter}' parameter is not valid JSON: URL-encode a JSON object.");
            return false;
        }
        catch (InvalidOperationException)
        {
            error = InvalidText($"'{parameter}' parameter");
            return false;
        }
    }

    private static bool TryGetSingle(IQueryCollection query, string parameter, out string? value, out TransportError error)
    {
        value = null;
        error = null!;
        if (!query.TryGetValue(parameter, out var values) || values.Count == 0)
        {
            return true;
        }
        if (values.Count > 1)
        {
            error = TransportError.BadRequest($"The '{parameter}' parameter was given {values.Count} times; give it once.");
            return false;
        }
        value = values[0];
        return true;
    }

    private static bool NamesPersistedQuery(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions?.ContainsKey("persistedQuery") == true;

    // Apollo's automatic persisted queries send a hash first; on this error (or any 400) its clients send the document.
    private static TransportError PersistedQueryNotSupported() => TransportError.PersistedQueryNotSupported(
        "Persisted queries are not supported: send the GraphQL document in the 'query' parameter.");

    private static TransportError MissingQuery() =>
        TransportError.BadRequest("The request has no 'query' parameter: send the GraphQL document as a string.");

    private static TransportError WrongType(string parameter, string expected, JsonValueKind actual) =>
        TransportError.BadRequest($"The '{parameter}' parameter must be {expected}, not {Describe(actual)}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
