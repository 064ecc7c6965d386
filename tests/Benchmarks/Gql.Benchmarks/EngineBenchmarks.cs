using System.Buffers;
using BenchmarkDotNet.Attributes;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;
using Gql.Validation;

namespace Gql.Benchmarks;

/// <summary>
/// Parse, validate and execute of each scenario, one phase per benchmark, so each phase is timed
/// alone (the same split js/bench.mjs uses for graphql-js and graphql-jit).
/// </summary>
[Config(typeof(EngineBenchmarkConfig))]
public class EngineBenchmarks
{
    private readonly ArrayBufferWriter<byte> _json = new(1 << 20);
    private Schema _schema = null!;
    private string _text = null!;
    private DocumentNode _document = null!;
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [Params("small", "list", "introspection")]
    public string Scenario { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.New().AddDocumentFromString(BenchmarkDocuments.SchemaSdl).Build();
        _text = BenchmarkDocuments.Operation(Scenario);
        _document = Parser.Parse(_text);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The {Scenario} document is invalid: {errors[0].Message}");
        }

        _executor = new RequestExecutor(_schema);
        _request = new GraphQLRequest(_text) { RootValue = CatalogData.CreateRoot() };

        // The first request parses, validates and compiles the operation into the executor's
        // document cache; every timed request after it starts from that cached, validated plan.
        var first = Execute();
        if (first.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The {Scenario} operation failed: {first.Errors[0].Message}");
        }
    }

    /// <summary>Source text to AST (graphql-js <c>parse</c>).</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);

    /// <summary>Every specified rule over the parsed document (graphql-js <c>validate</c>).</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    /// <summary>
    /// A request through <see cref="RequestExecutor"/> whose document is already cached (parsed,
    /// validated, compiled): a cache lookup by query text, variable coercion, execution into result
    /// maps. No JSON (graphql-js <c>execute</c> on a parsed document, graphql-jit <c>query()</c>).
    /// <see cref="RequestExecutor.ExecuteValueAsync"/> is <c>ExecuteAsync</c> without the Task.
    /// </summary>
    [Benchmark]
    public ExecutionResult Execute()
        => (ExecutionResult)_executor.ExecuteValueAsync(_request).GetAwaiter().GetResult();

    /// <summary><see cref="Execute"/> plus writing the response as UTF-8 JSON (JS side: plus <c>JSON.stringify</c>).</summary>
    [Benchmark]
    public int ExecuteJson()
    {
        var result = Execute();
        _json.ResetWrittenCount();
        result.WriteTo(_json);
        return _json.WrittenCount;
    }

    /// <summary>The JSON <see cref="ExecuteJson"/> wrote last.</summary>
    public ReadOnlySpan<byte> LastJson => _json.WrittenSpan;
}
