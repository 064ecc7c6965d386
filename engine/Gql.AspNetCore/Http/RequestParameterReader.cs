using System.Text.Json;
using Gql.Execution;
using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>Reads the request parameters of one JSON request object (GraphQL over HTTP, "Request Parameters").</summary>
internal static class RequestParameterReader
{
    public static GraphQLError? Read(JsonElement request, bool allowVariableBatch, out RequestParameters parameters)
    {
        parameters = default;
        if (request.ValueKind != JsonValueKind.Object)
        {
            return GraphQLError.WithCode("A GraphQL request must be a JSON object (or, for a batch, an array of objects).", HttpErrorCodes.InvalidParameter);
        }

        string? query = null;
        string? operationName = null;
        string? documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? variableSets = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in request.EnumerateObject())
        {
            var value = property.Value;
            GraphQLError? error = null;
            if (property.NameEquals("query"u8))
            {
                error = ReadString(value, "query", out query);
            }
            else if (property.NameEquals("operationName"u8))
            {
                error = ReadString(value, "operationName", out operationName);
            }
            else if (property.NameEquals("variables"u8))
            {
                error = allowVariableBatch && value.ValueKind == JsonValueKind.Array
                    ? ReadVariableSets(value, out variableSets)
                    : ReadMap(value, "variables", out variables);
            }
            else if (property.NameEquals("extensions"u8))
            {
                error = ReadMap(value, "extensions", out extensions);
            }
            else if (property.NameEquals("documentId"u8) || property.NameEquals("id"u8))
            {
                error = ReadString(value, property.Name, out documentId);
            }

            if (error is not null)
            {
                return error;
            }
        }

        // An APQ request may carry only extensions.persistedQuery.sha256Hash.
        if (query is null && documentId is null && extensions?.ContainsKey("persistedQuery") != true)
        {
            return MissingQuery();
        }

        parameters = new RequestParameters(query, operationName, variables, variableSets, extensions, documentId);
        return null;
    }

    public static GraphQLError MissingQuery()
        => GraphQLError.WithCode("The request has no 'query' parameter (nor a document id).", HttpErrorCodes.MissingQuery);

    public static GraphQLError InvalidMap(string name)
        => GraphQLError.WithCode($"The '{name}' parameter must be a map (a JSON object) or null.", HttpErrorCodes.InvalidParameter);

    /// <summary>A map parameter of a GET request: JSON text in the query string.</summary>
    public static GraphQLError? ReadMap(string? json, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name, out map);
        }
        catch (JsonException)
        {
            return GraphQLError.WithCode($"The '{name}' parameter is not valid JSON.", HttpErrorCodes.InvalidParameter);
        }
    }

    private static GraphQLError? ReadString(JsonElement value, string name, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                return null;
            case JsonValueKind.Null:
                return null;
            default:
                return GraphQLError.WithCode($"The '{name}' parameter must be a string or null.", HttpErrorCodes.InvalidParameter);
        }
    }

    private static GraphQLError? ReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                map = (IReadOnlyDictionary<string, object?>)JsonVariables.FromElement(value)!;
                return null;
            case JsonValueKind.Null:
                return null;
            default:
                return InvalidMap(name);
        }
    }

    private static GraphQLError? ReadVariableSets(JsonElement value, out IReadOnlyList<IReadOnlyDictionary<string, object?>>? sets)
    {
        sets = null;
        var list = new IReadOnlyDictionary<string, object?>[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return GraphQLError.WithCode("Each entry of a 'variables' batch must be a map (a JSON object).", HttpErrorCodes.InvalidParameter);
            }

            list[index++] = (IReadOnlyDictionary<string, object?>)JsonVariables.FromElement(item)!;
        }

        sets = list;
        return null;
    }
}
