using Microsoft.EntityFrameworkCore;

namespace ECommerce.Testing;

/// <summary>
/// Checks a service's hand-written EF Core migrations (EF Core Design tools do not restore here)
/// against its model: one database built by the migrations, one by EnsureCreated from the model,
/// and the shape of both public schemas (columns with types, nullability, defaults, identity and
/// generated expressions; indexes; constraints) described the same way.
/// </summary>
public static class MigratedSchema
{
    private static readonly string[] DescriptionQueries =
    [
        """
        SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), coalesce(numeric_precision, 0), coalesce(numeric_scale, 0), coalesce(column_default, ''), is_identity,
               is_generated, coalesce(generation_expression, '')
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name, column_name
        """,
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' ORDER BY tablename, indexname",
        """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"' ORDER BY 1, 2
        """,
    ];

    /// <summary>The descriptions of the model's schema (expected) and the migrated one (actual).</summary>
    public static async Task<(List<string> FromModel, List<string> FromMigrations)> DescribeBothAsync(
        PostgresFixture postgres, string databasePrefix, Func<string, DbContext> newContext)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        ArgumentNullException.ThrowIfNull(newContext);
        var migrated = await postgres.CreateDatabaseAsync(databasePrefix + "_migrated").ConfigureAwait(false);
        var created = await postgres.CreateDatabaseAsync(databasePrefix + "_created").ConfigureAwait(false);
        await using (var context = newContext(migrated))
        {
            await context.Database.MigrateAsync().ConfigureAwait(false);
        }

        await using (var context = newContext(created))
        {
            await context.Database.EnsureCreatedAsync().ConfigureAwait(false);
        }

        return (await DescribeAsync(created).ConfigureAwait(false), await DescribeAsync(migrated).ConfigureAwait(false));
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        var description = new List<string>();
        foreach (var query in DescriptionQueries)
        {
            description.AddRange(await DatabaseRows.ReadAsync(connectionString, query).ConfigureAwait(false));
        }

        return description;
    }
}
