namespace Gql.Data;

/// <summary>The Relay paging arguments of a request (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>), as in Hot Chocolate.</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>Checks the arguments against <paramref name="options"/> and fills in the default page size.</summary>
    /// <exception cref="Gql.Language.GraphQLException">An argument is out of range (see <see cref="DataErrorCodes"/>).</exception>
    public PagingArguments Validate(PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (First is not null && Last is not null)
        {
            throw DataErrors.Create("Pass either \"first\" or \"last\", not both.", DataErrorCodes.PagingFirstAndLast);
        }

        CheckSize("first", First, options);
        CheckSize("last", Last, options);
        if (First is null && Last is null)
        {
            if (options.RequirePagingBoundaries)
            {
                throw DataErrors.Create("You must pass \"first\" or \"last\" to page this connection.", DataErrorCodes.PagingBoundariesRequired);
            }

            return this with { First = options.DefaultPageSize };
        }

        return this;
    }

    internal static void CheckSize(string name, int? value, PagingOptions options)
    {
        if (value < 0)
        {
            throw DataErrors.Create($"\"{name}\" must not be negative, got {value}.", DataErrorCodes.PagingNegativeValue);
        }

        if (value > options.MaxPageSize)
        {
            throw DataErrors.Create($"\"{name}\" must not be above the maximum page size {options.MaxPageSize}, got {value}.", DataErrorCodes.PagingMaxPageSizeExceeded);
        }
    }
}
