namespace Gql.AspNetCore;

/// <summary>
/// POST bodies must be <c>application/json</c> in UTF-8 (GraphQL over HTTP, "POST"). Everything
/// else, notably the "simple" types a browser form may send without a CORS preflight, is rejected.
/// </summary>
internal static class ContentTypeHeader
{
    public static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var value = contentType.AsSpan();
        var semicolon = value.IndexOf(';');
        var mediaType = (semicolon < 0 ? value : value[..semicolon]).Trim();
        if (!mediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return semicolon < 0 || IsUtf8OrNoCharset(value[(semicolon + 1)..]);
    }

    private static bool IsUtf8OrNoCharset(ReadOnlySpan<char> parameters)
    {
        while (!parameters.IsEmpty)
        {
            var semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim();
            parameters = semicolon < 0 ? [] : parameters[(semicolon + 1)..];
            if (parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var charset = parameter["charset=".Length..].Trim('"');
                return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }
}
