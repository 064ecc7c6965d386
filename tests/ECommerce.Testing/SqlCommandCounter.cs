using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ECommerce.Testing;

/// <summary>
/// Records the commands EF Core runs (for statement-count assertions): add it with
/// <c>options.AddInterceptors(counter)</c> on the app's DbContext, then read <see cref="Commands"/>
/// (the SQL of every reader command: queries, and writes that return rows) or <see cref="AllCommands"/>
/// (every command, non-queries too, with its parameters).
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(RecordedSqlCommand Command, bool IsReader)> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands.Where(c => c.IsReader).Select(c => c.Command.Sql)];

    public IReadOnlyList<RecordedSqlCommand> AllCommands => [.. _commands.Select(c => c.Command)];

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, isReader: true);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command, isReader: false);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command, bool isReader)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();
        _commands.Enqueue((new RecordedSqlCommand(command.CommandText, parameters), isReader));
    }
}
