namespace Gql.Benchmarks.Subgraphs.Accounts;

/// <summary>The six users of the original benchmark's accounts subgraph, in its order.</summary>
public static class AccountsData
{
    private const int Birthday = 1234567890;

    public static IReadOnlyList<User> Users { get; } =
    [
        new("1", "Uri Goldshtein", "urigo", Birthday),
        new("2", "Dotan Simha", "dotansimha", Birthday),
        new("3", "Kamil Kisiela", "kamilkisiela", Birthday),
        new("4", "Arda Tanrikulu", "ardatan", Birthday),
        new("5", "Gil Gardosh", "gilgardosh", Birthday),
        new("6", "Laurin Quast", "laurin", Birthday),
    ];

    private static readonly Dictionary<string, User> ById = Users.ToDictionary(u => u.Id, StringComparer.Ordinal);

    public static User? Find(string id) => ById.GetValueOrDefault(id);
}
