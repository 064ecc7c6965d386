using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Testing.Tests;

/// <summary>fusion.json, docker-compose.yml, the Dockerfiles and the scripts agree with each other and with the
/// ports in DESIGN.md.</summary>
public sealed class ProjectFilesTests
{
    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string, string, int> Subgraphs => new()
    {
        { "users", "Users", 5101 },
        { "products", "Products", 5102 },
        { "inventory", "Inventory", 5103 },
        { "orders", "Orders", 5104 },
        { "payments", "Payments", 5105 },
    };

    [Fact]
    public void Fusion_json_lists_the_five_subgraphs_in_order()
    {
        using var fusion = ReadFusion();

        var names = fusion.RootElement.GetProperty("subgraphs").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

        Assert.Equal(["users", "products", "inventory", "orders", "payments"], names);
    }

    [Theory]
    [MemberData(nameof(Subgraphs))]
    public void Each_subgraph_has_its_schema_file_urls_service_and_Dockerfile(string name, string folder, int port)
    {
        using var fusion = ReadFusion();
        var subgraph = fusion.RootElement.GetProperty("subgraphs").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        var urls = subgraph.GetProperty("urls");
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));

        Assert.Equal($"schema/{name}.graphql", subgraph.GetProperty("schemaFile").GetString());
        Assert.Equal($"http://127.0.0.1:{port}/graphql", urls.GetProperty("local").GetProperty("http").GetString());
        Assert.Equal($"ws://127.0.0.1:{port}/graphql", urls.GetProperty("local").GetProperty("subscriptions").GetString());
        Assert.Equal($"http://{name}:{port}/graphql", urls.GetProperty("docker").GetProperty("http").GetString());
        Assert.Contains($"\n  {name}:\n", compose, StringComparison.Ordinal);
        Assert.Contains($"dockerfile: subgraphs/{folder}/Dockerfile", compose, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}:{port}", compose, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, "subgraphs", folder, "Dockerfile")));
    }

    [Fact]
    public void The_gateway_is_at_port_5000_everywhere()
    {
        using var fusion = ReadFusion();
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));

        Assert.Equal("http://127.0.0.1:5000/graphql", fusion.RootElement.GetProperty("environments").GetProperty("local").GetProperty("gatewayUrl").GetString());
        Assert.Contains("dockerfile: gateway/Dockerfile", compose, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:5000:5000", compose, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, "gateway", "Dockerfile")));
    }

    [Fact]
    public void The_storefront_is_at_port_5200_in_docker_compose_built_into_its_image_and_sent_to_the_gateway()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        var dockerfile = File.ReadAllText(Path.Combine(Root, "clients", "web", "Dockerfile"));
        var storefront = compose[compose.IndexOf("\n  storefront:\n", StringComparison.Ordinal)..];

        Assert.Contains("dockerfile: clients/web/Dockerfile", storefront, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:5200:5200", storefront, StringComparison.Ordinal);
        Assert.Contains("ECOMMERCE_GATEWAY_URL: \"http://gateway:5000/graphql\"", storefront, StringComparison.Ordinal);
        Assert.Contains("HOST: 0.0.0.0", storefront, StringComparison.Ordinal);
        Assert.Matches(@"depends_on:\s+- gateway", storefront);
        Assert.StartsWith("FROM node:", dockerfile.Split('\n').First(line => line.StartsWith("FROM ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("RUN npm run build", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ECOMMERCE_STOREFRONT_BUILD=/app/clients/web/dist", dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY schema/gateway.graphql", dockerfile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run.sh")]
    [InlineData("test.sh")]
    [InlineData(".ci/run")]
    public void Scripts_are_executable(string script)
    {
        var mode = File.GetUnixFileMode(Path.Combine(Root, script));

        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
    }

    [Fact]
    public void Ci_runs_test_sh_and_nothing_else()
    {
        var commands = File.ReadAllLines(Path.Combine(Root, ".ci", "run"))
            .Where(line => !string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
            .ToList();

        var command = Assert.Single(commands);
        Assert.Contains("test.sh", command, StringComparison.Ordinal);
    }

    public static TheoryData<string> Dockerfiles => new()
    {
        "subgraphs/Users/Dockerfile",
        "subgraphs/Products/Dockerfile",
        "subgraphs/Inventory/Dockerfile",
        "subgraphs/Orders/Dockerfile",
        "subgraphs/Payments/Dockerfile",
        "gateway/Dockerfile",
    };

    // Gql.AspNetCore embeds the Banana Cake Pop IDE from npm at build time, and the .NET SDK image has no npm.
    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Each_Dockerfile_build_stage_can_build_the_IDE_or_leaves_it_out(string dockerfile)
    {
        var text = File.ReadAllText(Path.Combine(Root, dockerfile));

        var installsNpm = text.Contains("apt-get install", StringComparison.Ordinal) && text.Contains(" npm", StringComparison.Ordinal);
        var leavesIdeOut = text.Contains("-p:EmbedBananaCakePop=false", StringComparison.Ordinal);
        Assert.True(installsNpm ^ leavesIdeOut, $"{dockerfile} must either install npm in its build stage or publish with -p:EmbedBananaCakePop=false");
        Assert.Equal(dockerfile == "gateway/Dockerfile", installsNpm);
    }

    // The runtime reads these knobs only from the environment: the image, ./run.sh and the gateway
    // benchmark must all run the gateway with the same ones.
    [Fact]
    public void The_gateway_runs_with_the_settings_of_its_runtime_env_everywhere()
    {
        var settings = File.ReadAllLines(Path.Combine(Root, "gateway", "runtime.env"))
            .Where(line => !string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
            .ToList();
        var dockerfile = File.ReadAllText(Path.Combine(Root, "gateway", "Dockerfile"));
        var runScript = File.ReadAllText(Path.Combine(Root, "run.sh"));
        var benchmarkScript = File.ReadAllText(Path.Combine(Root, "tests", "Benchmarks", "Gateway", "run-gateway-benchmark.sh"));

        Assert.NotEmpty(settings);
        Assert.All(settings, setting =>
        {
            Assert.Matches("^DOTNET_[A-Za-z0-9_]+=[^ ]+$", setting);
            Assert.Contains($"\nENV {setting}\n", dockerfile, StringComparison.Ordinal);
        });
        Assert.Contains("runtime.env", runScript, StringComparison.Ordinal);
        Assert.Contains("runtime.env", benchmarkScript, StringComparison.Ordinal);
        Assert.DoesNotContain("DOTNET_GCgen0size", benchmarkScript, StringComparison.Ordinal);
    }

    private static JsonDocument ReadFusion() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "fusion.json")));
}
