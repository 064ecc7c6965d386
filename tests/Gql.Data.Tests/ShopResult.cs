using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gql.Data.Tests;

/// <summary>An operation's JSON response and the SQL statements it ran.</summary>
public sealed partial record ShopResult(JsonElement Response, IReadOnlyList<string> Sql)
{
    public JsonElement Data => Response.GetProperty("data");

    public bool HasErrors => Response.TryGetProperty("errors", out _);

    /// <summary>The single SQL statement the operation ran (fails when it ran none or several).</summary>
    public string Statement => Assert.Single(Sql);

    /// <summary>The <c>extensions.code</c> of the single error.</summary>
    public string ErrorCode
    {
        get
        {
            var errors = Response.GetProperty("errors");
            Assert.Equal(1, errors.GetArrayLength());
            return errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
        }
    }

    /// <summary>The names of the columns the outermost SELECT of <paramref name="statement"/> reads (<c>p."Name"</c> gives <c>Name</c>).</summary>
    public static IReadOnlyList<string> SelectedColumns(string statement)
    {
        var select = statement[(statement.IndexOf("SELECT", StringComparison.Ordinal) + 6)..statement.IndexOf("\nFROM", StringComparison.Ordinal)];
        return ColumnPattern().Matches(select).Select(m => m.Groups[1].Value).ToList();
    }

    public IReadOnlyList<string> Strings(JsonElement list, string property)
        => list.EnumerateArray().Select(e => e.GetProperty(property).ToString()).ToList();

    [GeneratedRegex("\\.\"([A-Za-z]+)\"")]
    private static partial Regex ColumnPattern();
}
