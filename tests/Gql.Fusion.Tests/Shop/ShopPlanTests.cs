using ECommerce.Testing;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Tests.Shop;

/// <summary>
/// Plans of the shop's operations on the real composed shop schema (schema/*.graphql with fusion.json's
/// settings), one snapshot per operation under Snapshots/Shop (the JSON the gateway returns for
/// <c>GraphQL-Query-Plan: 1</c>). Besides the text, each plan is held to what matters for latency and
/// load: which subgraphs it asks, in how many sequential rounds, and that no subgraph is asked twice
/// for the same entities (each entity fetch is one request for all entities of its path).
/// </summary>
public sealed class ShopPlanTests
{
    private static readonly string Root = RepositoryRoot.Find();

    /// <summary>Per operation: its fetches in plan order ("subgraph" for a root fetch, "subgraph at path" for an entity fetch) and its sequential rounds.</summary>
    private static readonly Dictionary<string, (string Document, string[] Fetches, int Rounds)> Expected = new()
    {
        ["catalog-page"] = (ShopOperations.CatalogPage, ["products", "inventory at products.nodes"], 2),
        ["product-page"] = (ShopOperations.ProductPage, ["products", "inventory at productById"], 2),
        ["cart"] = (ShopOperations.Cart, ["orders", "products at cart.items.product", "inventory at cart.items.product"], 2),
        ["checkout"] = (ShopOperations.Checkout, ["orders", "products at checkout.order.items.product", "inventory at checkout.order.items.product", "payments at checkout.order"], 2),
        ["my-orders"] = (ShopOperations.MyOrders, ["users", "orders at me", "products at me.orders.nodes.items.product", "inventory at me.orders.nodes.items.product", "payments at me.orders.nodes"], 3),
        ["order-by-id"] = (ShopOperations.OrderById, ["orders", "products at orderById.items.product", "inventory at orderById.items.product", "payments at orderById"], 2),
        ["order-status-subscription"] = (ShopOperations.OrderStatusSubscription, ["orders", "products at orderStatusChanged.order.items.product", "payments at orderStatusChanged.order"], 2),
        ["admin-orders"] = (ShopOperations.AdminOrders, ["orders", "products at orders.nodes.items.product", "payments at orders.nodes"], 2),
        ["mobile-AddToCart"] = (Mobile("AddToCart"), ["orders"], 1),
        ["mobile-Cart"] = (Mobile("Cart"), ["orders", "products at cart.items.product", "inventory at cart.items.product"], 2),
        ["mobile-Checkout"] = (Mobile("Checkout"), ["orders"], 1),
        ["mobile-Home"] = (Mobile("Home"), ["products"], 1),
        ["mobile-LogIn"] = (Mobile("LogIn"), ["users"], 1),
        ["mobile-MyOrders"] = (Mobile("MyOrders"), ["users", "orders at me"], 2),
        ["mobile-OrderDetail"] = (Mobile("OrderDetail"), ["orders", "products at orderById.items.product", "payments at orderById"], 2),
        ["mobile-OrderStatus"] = (Mobile("OrderStatus"), ["orders"], 1),
        ["mobile-ProductDetail"] = (Mobile("ProductDetail"), ["products", "inventory at productById"], 2),
        ["mobile-Search"] = (Mobile("Search"), ["products", "inventory at products.nodes"], 2),
        ["mobile-SignUp"] = (Mobile("SignUp"), ["users"], 1),
        ["order-watch-LogIn"] = (OrderWatch("LogIn"), ["users"], 1),
        ["order-watch-WatchOrder"] = (OrderWatch("WatchOrder"), ["orders"], 1),
    };

    public static TheoryData<string> Operations => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Operations))]
    public void Plan_matches_its_snapshot(string name)
    {
        var plan = ShopSchema.Plan(Expected[name].Document);

        SnapshotAssert.Matches($"Shop/{name}.json", PlanJson.Print(plan));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Plan_asks_each_subgraph_once_per_entity_path_in_the_fewest_rounds(string name)
    {
        var (document, fetches, rounds) = Expected[name];

        var plan = ShopSchema.Plan(document);

        Assert.Equal(fetches, plan.Fetches.Select(Describe));
        Assert.Equal(rounds, Rounds(plan));
        Assert.Equal(plan.Fetches.Count, plan.Fetches.Select(Describe).Distinct().Count());
        Assert.All(plan.Fetches.Where(f => f.Kind == FetchKind.Entity), fetch =>
        {
            // Keyed by the fetch that returned the entities, and by nothing else: it starts as soon as they arrive.
            var parent = Assert.Single(fetch.DependsOn);
            var key = Assert.Single(fetch.EntityVariables);
            Assert.Equal(["__fusion_k_id"], key.SourcePath);
            Assert.Contains("__fusion_k_id: id", plan.Fetches[parent].Document, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_client_operation_file_has_an_expected_plan()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "clients", "mobile", "operations"), "*.graphql").Select(f => "mobile-" + Path.GetFileNameWithoutExtension(f))
            .Concat(Directory.GetFiles(Path.Combine(Root, "clients", "order-watch", "Operations"), "*.graphql").Select(f => "order-watch-" + Path.GetFileNameWithoutExtension(f)));

        Assert.Equal(files.Order(StringComparer.Ordinal), Expected.Keys.Where(k => k.StartsWith("mobile-", StringComparison.Ordinal) || k.StartsWith("order-watch-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_product_selected_twice_through_fragments_is_fetched_once_per_subgraph()
    {
        var plan = ShopSchema.Plan("""
            query CartWithFragments { cart { items { ...Line product { id name } } } }
            fragment Line on CartItem { quantity product { price inStock } }
            """);

        Assert.Equal(["orders", "products at cart.items.product", "inventory at cart.items.product"], plan.Fetches.Select(Describe));
        Assert.Contains("{price name}", plan.Fetches[1].Document, StringComparison.Ordinal);
    }

    private static string Describe(FetchNode fetch)
        => fetch.Kind == FetchKind.Root ? fetch.Subgraph : fetch.Subgraph + " at " + string.Join('.', fetch.Path);

    /// <summary>The longest chain of fetches that wait for each other (ids are in dependency order).</summary>
    private static int Rounds(QueryPlan plan)
    {
        var depth = new int[plan.Fetches.Count];
        foreach (var fetch in plan.Fetches)
        {
            depth[fetch.Id] = 1 + fetch.DependsOn.Select(d => depth[d]).DefaultIfEmpty(0).Max();
        }

        return depth.DefaultIfEmpty(0).Max();
    }

    private static string Mobile(string operation) => File.ReadAllText(Path.Combine(Root, "clients", "mobile", "operations", operation + ".graphql"));

    private static string OrderWatch(string operation) => File.ReadAllText(Path.Combine(Root, "clients", "order-watch", "Operations", operation + ".graphql"));
}
