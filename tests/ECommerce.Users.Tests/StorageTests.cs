using System.Text;
using Npgsql;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class StorageTests(UsersServerFixture fixture)
{
    [Fact]
    public async Task Raw_tables_hold_no_plaintext_personal_data()
    {
        var email = TestAccounts.NewEmail("plaintext.probe");
        var (_, token, _) = await TestAccounts.SignUpAsync(fixture.Host.GraphQL, email, name: "Zebulon Plaintextprobe", phone: "+49 151 98765432");
        await fixture.Host.GraphQL.DataAsync(Operations.AddAddress, new { input = new { label = "Lighthouse", line1 = "742 Evergreen Terrace", city = "Springfieldtown", postalCode = "49007", country = "US" } }, token);
        string[] secrets = [email, "Zebulon", "Plaintextprobe", "98765432", "Lighthouse", "Evergreen", "Springfieldtown", "49007"];

        var cells = new List<(string Table, string Column, byte[] Value)>();
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { "users", "addresses" })
        {
            await using var select = new NpgsqlCommand($"SELECT * FROM {table}", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? [] : reader.GetValue(i) is byte[] bytes ? bytes : Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                    cells.Add((table, reader.GetName(i), value));
                }
            }
        }

        Assert.Contains(cells, c => c.Table == "addresses");
        foreach (var (table, column, value) in cells)
        {
            var asText = Encoding.UTF8.GetString(value).ToUpperInvariant();
            foreach (var secret in secrets)
            {
                Assert.False(asText.Contains(secret.ToUpperInvariant(), StringComparison.Ordinal), $"{table}.{column} contains \"{secret}\" in plaintext");
            }
        }
    }

    [Fact]
    public async Task Encrypted_columns_carry_the_format_and_key_id_and_differ_for_equal_values()
    {
        var a = await TestAccounts.SignUpAsync(fixture.Host.GraphQL, name: "Same Name");
        var b = await TestAccounts.SignUpAsync(fixture.Host.GraphQL, name: "Same Name");

        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT name_encrypted FROM users WHERE id = ANY(@ids)", connection);
        select.Parameters.AddWithValue("ids", new[] { Guid.Parse(a.Id), Guid.Parse(b.Id) });
        var values = new List<byte[]>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                values.Add((byte[])reader[0]);
            }
        }

        Assert.Equal(2, values.Count);
        Assert.All(values, v => Assert.Equal(new byte[] { 0x01, 0x01 }, v[..2]));
        Assert.NotEqual(values[0], values[1]);
    }
}
