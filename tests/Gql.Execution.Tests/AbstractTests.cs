using Gql.Types;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Abstract type resolution, after graphql-js abstract-test and union-interface-test.</summary>
public class AbstractTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String woofs: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Human { name: String }
        union DogOrCat = Dog | Cat
        type Query { pets: [Pet] union: [DogOrCat] }
        """;

    private const string Query = "{ pets { name ... on Dog { woofs } ... on Cat { meows } } union { __typename ... on Dog { name } ... on Cat { meows } } }";

    private sealed record DogValue(string Name, bool Woofs);

    private sealed record CatValue(string Name, bool Meows);

    private const string Expected = """{"data":{"pets":[{"name":"Odie","woofs":true},{"name":"Garfield","meows":false}],"union":[{"__typename":"Dog","name":"Odie"},{"__typename":"Cat","meows":false}]}}""";

    private static readonly object[] Pets = [new DogValue("Odie", true), new CatValue("Garfield", false)];

    [Fact]
    public async Task Resolves_with_typename_entries_of_dictionaries()
    {
        object[] pets =
        [
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Odie", ["woofs"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Garfield", ["meows"] = false },
        ];
        var schema = Schema(Sdl, b => b.AddResolver("Query", "pets", Value(pets)).AddResolver("Query", "union", Value(pets)));

        await AssertResultAsync(Expected, schema, Query);
    }

    [Fact]
    public async Task Resolves_with_is_of_type()
    {
        var schema = Schema(Sdl, b => b
            .AddResolver("Query", "pets", Value(Pets)).AddResolver("Query", "union", Value(Pets))
            .AddIsOfType("Dog", v => v is DogValue).AddIsOfType("Cat", v => v is CatValue));

        await AssertResultAsync(Expected, schema, Query);
    }

    [Fact]
    public async Task Resolves_with_resolve_type_delegates()
    {
        var schema = Schema(Sdl, b => b
            .AddResolver("Query", "pets", Value(Pets)).AddResolver("Query", "union", Value(Pets))
            .AddTypeResolver("Pet", (c, v) => c.Schema.GetType<ObjectType>(v is DogValue ? "Dog" : "Cat"))
            .AddTypeResolver("DogOrCat", (c, v) => c.Schema.GetType<ObjectType>(v is DogValue ? "Dog" : "Cat")));

        await AssertResultAsync(Expected, schema, Query);
    }

    [Fact]
    public async Task Resolves_with_the_runtime_type_of_code_first_objects()
    {
        var schema = Schema(Sdl, b => b
            .AddResolver("Query", "pets", Value(Pets)).AddResolver("Query", "union", Value(Pets))
            .Configure(s =>
            {
                s.GetType<ObjectType>("Dog")!.RuntimeType = typeof(DogValue);
                s.GetType<ObjectType>("Cat")!.RuntimeType = typeof(CatValue);
            }));

        await AssertResultAsync(Expected, schema, Query);
    }

    [Fact]
    public async Task Reports_values_that_resolve_to_no_type()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query", "pets", Value(new object[] { "dummy" })));

        await AssertResultAsync(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}""",
            schema,
            "{ pets { name } }");
    }

    [Fact]
    public async Task Reports_types_that_are_unknown_not_objects_or_not_possible()
    {
        object[] pets =
        [
            new Dictionary<string, object?> { ["__typename"] = "Fish" },
            new Dictionary<string, object?> { ["__typename"] = "DogOrCat" },
            new Dictionary<string, object?> { ["__typename"] = "Human" },
        ];
        var schema = Schema(Sdl, b => b.AddResolver("Query", "pets", Value(pets)).AddResolver("Query", "union", Value(null)));

        var result = await RunAsync(schema, "{ pets { name } union { __typename } }");

        Assert.Equal(
            [
                "Abstract type \"Pet\" was resolved to a type \"Fish\" that does not exist inside the schema.",
                "Abstract type \"Pet\" was resolved to a non-object type \"DogOrCat\".",
                "Runtime Object type \"Human\" is not a possible type for \"Pet\".",
            ],
            result.Errors.Select(e => e.Message));
        Assert.Equal(["pets", 2], result.Errors[2].Path!);
    }

    [Fact]
    public async Task Checks_is_of_type_on_concrete_object_fields()
    {
        var schema = Schema(
            "type Query { dog: Dog } type Dog { name: String }",
            b => b.AddResolver("Query", "dog", Value("not a dog")).AddIsOfType("Dog", v => v is DogValue));

        await AssertResultAsync(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: \"not a dog\".","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            schema,
            "{ dog { name } }");
    }
}
