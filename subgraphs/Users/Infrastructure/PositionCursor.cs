using System.Globalization;
using System.Text;
using Gql.Language;

namespace ECommerce.Users.Infrastructure;

/// <summary>Opaque paging cursors holding a position in the list (base64 of the index).</summary>
public static class PositionCursor
{
    public static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argument)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var written)
            && int.TryParse(Encoding.UTF8.GetString(bytes, 0, written), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position;
        }

        throw new GraphQLException($"The cursor in \"{argument}\" is not a cursor of this list.", ErrorCodes.BadUserInput);
    }
}
