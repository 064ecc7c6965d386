using Npgsql;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>Short forms for the parameterized commands the stores run inside their transactions.</summary>
internal static class NpgsqlConnectionExtensions
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>Runs the command and returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(this NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
