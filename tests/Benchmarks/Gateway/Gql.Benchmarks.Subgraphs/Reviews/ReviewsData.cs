namespace Gql.Benchmarks.Subgraphs.Reviews;

/// <summary>The eleven reviews of the original benchmark's reviews subgraph, with its texts, in its order.</summary>
public static class ReviewsData
{
    private const string LoremIpsum =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "
        + "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. "
        + "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
        + "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";

    private const string SedUtPerspiciatis =
        "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, "
        + "eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. "
        + "Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi";

    private const string SedQuiaConsequuntur =
        "sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum "
        + "quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore "
        + "magnam aliquam quaerat voluptatem.";

    private const string UtEnimAdMinima =
        "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi "
        + "consequatur? Quis autem";

    private const string AtVeroEos =
        "At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti "
        + "quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia "
        + "deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. "
        + "Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere "
        + "possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut "
        + "rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic "
        + "tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus "
        + "asperiores repellat.";

    public static IReadOnlyList<Review> All { get; } =
    [
        new("1", LoremIpsum, "1"),
        new("2", SedUtPerspiciatis, "1"),
        new("3", SedQuiaConsequuntur, "1"),
        new("4", UtEnimAdMinima, "1"),
        new("5", LoremIpsum, "2"),
        new("6", SedUtPerspiciatis, "2"),
        new("7", SedQuiaConsequuntur, "2"),
        new("8", UtEnimAdMinima, "2"),
        new("9", UtEnimAdMinima, "3"),
        new("10", UtEnimAdMinima, "4"),
        new("11", AtVeroEos, "4"),
    ];

    /// <summary>The reviews of every user: the first two, as in the original.</summary>
    public static IReadOnlyList<Review> ByAnyAuthor { get; } = [All[0], All[1]];

    /// <summary>The author of every review: user 1, whose username this subgraph provides.</summary>
    public static ReviewAuthor Author { get; } = new("1") { Username = "urigo" };

    private static readonly Dictionary<string, Review> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static readonly Dictionary<string, Review[]> ByProduct = All
        .GroupBy(r => r.ProductUpc, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static Review? Find(string id) => ById.GetValueOrDefault(id);

    public static IReadOnlyList<Review> ForProduct(string upc) => ByProduct.GetValueOrDefault(upc) ?? [];
}
