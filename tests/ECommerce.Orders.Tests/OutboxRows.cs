using Npgsql;

namespace ECommerce.Orders.Tests;

/// <summary>Reads the outbox of an Orders database directly (what the tests assert about publishing).</summary>
internal static class OutboxRows
{
    public static async Task<List<(string Status, bool Published, int Attempts)>> ForOrderAsync(string connectionString, Guid orderId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload->>'status', published_at IS NOT NULL, publish_attempts FROM outbox WHERE order_id = @id ORDER BY id", connection);
        command.Parameters.AddWithValue("id", orderId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, bool, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetInt32(2)));
        }

        return rows;
    }
}
