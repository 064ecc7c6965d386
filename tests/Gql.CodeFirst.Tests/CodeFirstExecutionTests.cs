using Gql.Execution;

namespace Gql.CodeFirst.Tests;

public sealed class CodeFirstExecutionTests
{
    private readonly Gql.Types.Schema _schema = LibrarySchema.Build();
    private readonly Library _library = new();

    [Fact]
    public async Task Method_with_ID_argument_and_service_resolves_the_record()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, """{ book(id: "2") { id title subtitle genre isbn13 name } }""");

        Assert.Equal("""{"data":{"book":{"id":"2","title":"The Hobbit","subtitle":"There and Back Again","genre":"FANTASY","isbn13":null,"name":"The Hobbit"}}}""", json);
    }

    [Fact]
    public async Task Enum_argument_and_default_argument_values_bind_to_parameters()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, "{ books(genre: SCIENCE_FICTION) { title } all: books { id } one: books(first: 1) { id } }");

        Assert.Equal("""{"data":{"books":[{"title":"Dune"},{"title":"Foundation"}],"all":[{"id":"1"},{"id":"2"},{"id":"3"}],"one":[{"id":"1"}]}}""", json);
    }

    [Fact]
    public async Task Async_method_with_cancellation_token_and_type_extension_with_parent()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, """{ author(id: 2) { name aliases } book(id: "1") { author { name } shout shout2: shout(suffix: "?") } }""");

        Assert.Equal("""{"data":{"author":{"name":"J. R. R. Tolkien","aliases":["Tollers"]},"book":{"author":{"name":"Frank Herbert"},"shout":"DUNE!","shout2":"DUNE?"}}}""", json);
    }

    [Fact]
    public async Task Union_from_marker_interface_resolves_each_member_by_runtime_type()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, """{ search(text: "o") { __typename ... on Book { title } ... on Author { name } } }""");

        Assert.Equal("""{"data":{"search":[{"__typename":"Book","title":"The Hobbit"},{"__typename":"Book","title":"Foundation"},{"__typename":"Author","name":"J. R. R. Tolkien"},{"__typename":"Author","name":"Isaac Asimov"}]}}""", json);
    }

    [Fact]
    public async Task Interface_from_csharp_interface_is_queryable_through_fragments()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, """{ __type(name: "NamedItem") { kind possibleTypes { name } } }""");

        Assert.Equal("""{"data":{"__type":{"kind":"INTERFACE","possibleTypes":[{"name":"Book"},{"name":"Author"}]}}}""", json);
    }

    [Fact]
    public async Task Async_enumerable_becomes_a_list_and_decimal_stays_exact()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, "{ countdown(from: 3) price today later: today(date: \"2030-12-31\") }");

        Assert.Equal("""{"data":{"countdown":[3,2,1],"price":12.345678901234567890,"today":"2026-01-02","later":"2030-12-31"}}""", json);
    }

    [Fact]
    public async Task Mutation_input_record_gets_constructor_defaults_and_init_properties()
    {
        var json = await LibrarySchema.ExecuteAsync(_schema, _library, """mutation { addBook(input: { title: "Emma", authorId: 3, isbn: "x" }) { id title genre isbn13 author { name } } }""");

        Assert.Equal("""{"data":{"addBook":{"id":"4","title":"Emma","genre":"FANTASY","isbn13":"x","author":{"name":"Isaac Asimov"}}}}""", json);
        Assert.Equal(4, _library.Books.Count);
    }

    [Fact]
    public async Task OneOf_input_class_accepts_exactly_one_field()
    {
        var renamed = await LibrarySchema.ExecuteAsync(_schema, _library, """mutation { rename(selector: { title: "Dune" }, title: "Dune Messiah") }""");
        var rejected = await LibrarySchema.ExecuteAsync(_schema, _library, """mutation { rename(selector: { title: "Dune", id: "1" }, title: "x") }""");

        Assert.Equal("""{"data":{"rename":1}}""", renamed);
        Assert.Equal("Dune Messiah", _library.Books[0].Title);
        Assert.Equal("""{"errors":[{"message":"OneOf Input Object \"BookSelectorInput\" must specify exactly one key.","locations":[{"line":1,"column":29}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", rejected);
    }

    [Fact]
    public async Task Variables_of_input_object_type_convert_to_the_record()
    {
        var variables = JsonVariables.Parse("""{ "input": { "title": "Ubik", "authorId": 1, "genre": "SCIENCE_FICTION", "tags": ["a", "b"] } }""");

        var json = await LibrarySchema.ExecuteAsync(_schema, _library, "mutation($input: AddBookInput!) { addBook(input: $input) { title genre } }", variables);

        Assert.Equal("""{"data":{"addBook":{"title":"Ubik","genre":"SCIENCE_FICTION"}}}""", json);
    }

    [Fact]
    public async Task Subscription_method_returning_async_enumerable_streams_events()
    {
        var result = await _schema.ExecuteAsync(new GraphQLRequest("subscription { onBookAdded(genre: FANTASY) { title } }") { Services = new TestServices(_library) });
        var stream = Assert.IsType<ResponseStream>(result);
        await using var events = stream.GetAsyncEnumerator();
        var next = events.MoveNextAsync();

        _library.Publish(new Book("9", "Ignored", Genre.ScienceFiction, 1));
        _library.Publish(new Book("10", "Eragon", Genre.Fantasy, 1));

        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("""{"data":{"onBookAdded":{"title":"Eragon"}}}""", events.Current.ToJson());
    }

    [Fact]
    public async Task Parameters_of_a_type_marked_as_service_come_from_the_services()
    {
        var schema = Gql.Types.SchemaBuilder.New().AddQueryType<GreetingQuery>().Build();

        var result = await schema.ExecuteAsync(new GraphQLRequest("""{ greeting(name: "Ada") }""") { Services = new TestServices(new Greeter()) });

        Assert.Equal("""{"data":{"greeting":"Hello, Ada"}}""", ((ExecutionResult)result).ToJson());
        Assert.DoesNotContain("greeter", Gql.Types.SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }
}
