using System.Reflection;
using ECommerce.ServiceDefaults.Database;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ECommerce.ServiceDefaults;

/// <summary>A service's start-up failure (bad configuration, unreachable database, schema errors) as the one line Program.cs prints.</summary>
public static class StartupFailure
{
    /// <summary>The innermost useful message, on one line.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var current = exception;
        while (current is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException { InnerException: not null })
        {
            current = current.InnerException!;
        }

        var message = current switch
        {
            OptionsValidationException validation => string.Join(" ", validation.Failures),
            NpgsqlException database => $"PostgreSQL ({ServiceDatabase.ServerVariable}) is not usable: {database.Message}",
            _ => current.Message,
        };
        return string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
