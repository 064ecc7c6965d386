using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Gql.AspNetCore;

/// <summary>
/// Picks the response media type from the Accept header (GraphQL over HTTP, "Accept"): the
/// highest quality wins; on a tie <c>application/graphql-response+json</c> beats
/// <c>application/json</c>, which beats wildcards (answered with <c>application/json</c>).
/// No header means <c>application/json</c>.
/// </summary>
internal static class AcceptHeader
{
    public static ResponseFormat Negotiate(StringValues accept)
    {
        var best = ResponseFormat.None;
        var bestRank = 0;
        var bestQuality = 0.0;
        var sawMediaRange = false;
        for (var i = 0; i < accept.Count; i++)
        {
            var rest = (accept[i] ?? string.Empty).AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var item = comma < 0 ? rest : rest[..comma];
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                var semicolon = item.IndexOf(';');
                var mediaType = (semicolon < 0 ? item : item[..semicolon]).Trim();
                if (mediaType.IsEmpty)
                {
                    continue;
                }

                sawMediaRange = true;
                var rank = RankOf(mediaType);
                if (rank == 0)
                {
                    continue;
                }

                var quality = semicolon < 0 ? 1.0 : QualityOf(item[(semicolon + 1)..]);
                if (quality > 0 && (quality > bestQuality || (quality == bestQuality && rank > bestRank)))
                {
                    best = rank == 3 ? ResponseFormat.GraphQLResponseJson : ResponseFormat.Json;
                    bestRank = rank;
                    bestQuality = quality;
                }
            }
        }

        return sawMediaRange ? best : ResponseFormat.Json;
    }

    private static int RankOf(ReadOnlySpan<char> mediaType)
    {
        if (mediaType.Equals(MediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (mediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return mediaType.Equals("*/*", StringComparison.Ordinal) || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    private static double QualityOf(ReadOnlySpan<char> parameters)
    {
        while (!parameters.IsEmpty)
        {
            var semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim();
            parameters = semicolon < 0 ? [] : parameters[(semicolon + 1)..];
            if (parameter.Length > 2 && (parameter[0] == 'q' || parameter[0] == 'Q') && parameter[1] == '=')
            {
                return double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) ? q : 0;
            }
        }

        return 1.0;
    }
}
