using System.Globalization;
using Npgsql;

namespace ECommerce.Testing;

/// <summary>Runs SQL against a test database and returns its rows as text, for readable assertions.</summary>
public static class DatabaseRows
{
    /// <summary>Each row as its columns joined by " | " (invariant culture); statements without rows return none.</summary>
    public static async Task<List<string>> ReadAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var rows = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
