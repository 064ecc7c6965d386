using Gql.Language.Syntax;
using Gql.Types;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Variable, argument and literal coercion, after graphql-js variables-test.</summary>
public class VariablesTests
{
    private static readonly Schema TestSchema = Schema(
        """
        input TestInputObject { a: String b: [String] c: String! d: Int = 7 }
        input OneOf @oneOf { a: String b: Int }
        enum Color { RED GREEN }
        type Query {
          fieldWithObjectInput(input: TestInputObject): String
          fieldWithNullableStringInput(input: String): String
          fieldWithNonNullableStringInput(input: String!): String
          fieldWithDefaultArgumentValue(input: String = "Hello World"): String
          list(input: [String]): String
          nnListNN(input: [String!]!): String
          int(input: Int): String
          color(input: Color): String
          oneOf(input: OneOf): String
        }
        """,
        b =>
        {
            foreach (var field in new[] { "fieldWithObjectInput", "fieldWithNullableStringInput", "fieldWithNonNullableStringInput", "fieldWithDefaultArgumentValue", "list", "nnListNN", "int", "color", "oneOf" })
            {
                b.AddResolver("Query", field, Sync(c => c.Arguments.TryGetValue("input", out var input) ? Describe(input) : null));
            }
        });

    // A stable rendering of coerced values (like JSON.stringify in graphql-js's tests).
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => $"\"{p.Key}\":{Describe(p.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public async Task Coerces_inline_input_objects_with_defaults_and_single_values_as_lists()
    {
        await AssertResultAsync(
            """{"data":{"fieldWithObjectInput":"{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}"}}""",
            TestSchema,
            """{ fieldWithObjectInput(input: {a: "foo", b: ["bar"], c: "baz"}) }""");
        await AssertResultAsync(
            """{"data":{"fieldWithObjectInput":"{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}"}}""",
            TestSchema,
            """{ fieldWithObjectInput(input: {a: "foo", b: "bar", c: "baz"}) }""");
    }

    [Fact]
    public async Task Coerces_variables_in_input_objects()
    {
        await AssertResultAsync(
            """{"data":{"fieldWithObjectInput":"{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}"}}""",
            TestSchema,
            "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            """{"input":{"a":"foo","b":"bar","c":"baz"}}""");
        await AssertResultAsync(
            """{"data":{"fieldWithObjectInput":"{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}"}}""",
            TestSchema,
            """query ($c: String!) { fieldWithObjectInput(input: {a: "foo", b: ["bar"], c: $c}) }""",
            """{"c":"baz"}""");
    }

    [Theory]
    [InlineData("""{"input":{"a":"foo","b":"bar","c":null}}""", "Variable \\\"$input\\\" got invalid value null at \\\"input.c\\\"; Expected non-nullable type \\\"String!\\\" not to be null.")]
    [InlineData("""{"input":"foo bar"}""", "Variable \\\"$input\\\" got invalid value \\\"foo bar\\\"; Expected type \\\"TestInputObject\\\" to be an object.")]
    [InlineData("""{"input":{"a":"foo","b":"bar"}}""", "Variable \\\"$input\\\" got invalid value { a: \\\"foo\\\", b: \\\"bar\\\" }; Field \\\"c\\\" of required type \\\"String!\\\" was not provided.")]
    [InlineData("""{"input":{"a":"foo","b":"bar","c":"baz","extra":"dog"}}""", "Variable \\\"$input\\\" got invalid value { a: \\\"foo\\\", b: \\\"bar\\\", c: \\\"baz\\\", extra: \\\"dog\\\" }; Field \\\"extra\\\" is not defined by type \\\"TestInputObject\\\".")]
    public async Task Reports_invalid_input_object_variables_without_data(string variables, string message)
    {
        await AssertResultAsync(
            $$"""{"errors":[{"message":"{{message}}","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            variables);
    }

    [Fact]
    public async Task Reports_missing_and_null_required_variables()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$value\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$value\" of non-null type \"String!\" must not be null.","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }",
            """{"value":null}""");
    }

    [Fact]
    public async Task Reports_scalar_coercion_failures_with_the_scalar_message()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$x\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($x: Int) { int(input: $x) }",
            """{"x":"abc"}""");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$x\" got invalid value null at \"x[1]\"; Expected non-nullable type \"String!\" not to be null.","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($x: [String!]!) { nnListNN(input: $x) }",
            """{"x":["A",null,"B"]}""");
    }

    [Fact]
    public async Task Distinguishes_null_from_missing_variables_and_uses_defaults()
    {
        await AssertResultAsync("""{"data":{"fieldWithNullableStringInput":null}}""", TestSchema, "query ($v: String) { fieldWithNullableStringInput(input: $v) }");
        await AssertResultAsync("""{"data":{"fieldWithNullableStringInput":"null"}}""", TestSchema, "query ($v: String) { fieldWithNullableStringInput(input: $v) }", """{"v":null}""");
        await AssertResultAsync("""{"data":{"fieldWithNullableStringInput":"\"dv\""}}""", TestSchema, "query ($v: String = \"dv\") { fieldWithNullableStringInput(input: $v) }");
        await AssertResultAsync("""{"data":{"fieldWithDefaultArgumentValue":"\"Hello World\""}}""", TestSchema, "{ fieldWithDefaultArgumentValue }");
        await AssertResultAsync("""{"data":{"fieldWithDefaultArgumentValue":"\"Hello World\""}}""", TestSchema, "query ($v: String) { fieldWithDefaultArgumentValue(input: $v) }");
        await AssertResultAsync("""{"data":{"fieldWithDefaultArgumentValue":"null"}}""", TestSchema, "{ fieldWithDefaultArgumentValue(input: null) }");
    }

    [Fact]
    public async Task Coerces_a_single_value_to_a_list()
    {
        await AssertResultAsync("""{"data":{"list":"[\"A\"]"}}""", TestSchema, "query ($v: [String]) { list(input: $v) }", """{"v":"A"}""");
        await AssertResultAsync("""{"data":{"nnListNN":"[\"A\"]"}}""", TestSchema, "{ nnListNN(input: \"A\") }");
    }

    [Fact]
    public async Task Coerces_enum_values_to_their_runtime_value_and_suggests_names()
    {
        await AssertResultAsync("""{"data":{"color":"\"GREEN\""}}""", TestSchema, "query ($c: Color) { color(input: $c) }", """{"c":"GREEN"}""");
        await AssertResultAsync("""{"data":{"color":"\"RED\""}}""", TestSchema, "{ color(input: RED) }");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$c\" got invalid value \"green\"; Value \"green\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($c: Color) { color(input: $c) }",
            """{"c":"green"}""");
    }

    [Fact]
    public async Task Enforces_one_of_input_objects()
    {
        await AssertResultAsync("""{"data":{"oneOf":"{\"b\":1}"}}""", TestSchema, "query ($v: OneOf) { oneOf(input: $v) }", """{"v":{"b":1}}""");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$v\" got invalid value { a: \"x\", b: 1 }; Exactly one key must be specified for OneOf type \"OneOf\".","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($v: OneOf) { oneOf(input: $v) }",
            """{"v":{"a":"x","b":1}}""");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v.a\"; Field \"a\" must be non-null.","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($v: OneOf) { oneOf(input: $v) }",
            """{"v":{"a":null}}""");
        await AssertResultAsync(
            """{"errors":[{"message":"Variable \"$v\" got invalid value \"x\" at \"v.b\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}""",
            TestSchema,
            "query ($v: OneOf) { oneOf(input: $v) }",
            """{"v":{"b":"x"}}""");
    }

    [Fact]
    public void Value_from_ast_resolves_variables_and_rejects_invalid_literals()
    {
        var intType = (ScalarType)TestSchema.GetType("Int")!;
        var list = new ListType(new NonNullType(intType));
        var variables = new Dictionary<string, object?> { ["x"] = 3 };
        var literal = new ListValueNode(null, [new IntValueNode(null, "1"), new VariableNode(null, new NameNode(null, "x"))]);

        Assert.True(ValueCoercion.TryValueFromAst(literal, list, variables, out var value));
        Assert.Equal(new object?[] { 1, 3 }, Assert.IsAssignableFrom<IEnumerable<object?>>(value));
        Assert.False(ValueCoercion.TryValueFromAst(new StringValueNode(null, "x", false), intType, null, out _));
        Assert.False(ValueCoercion.TryValueFromAst(new VariableNode(null, new NameNode(null, "missing")), new NonNullType(intType), variables, out _));
    }

    [Fact]
    public void Input_object_factory_builds_the_runtime_value()
    {
        var input = (InputObjectType)TestSchema.GetType("TestInputObject")!;
        var copy = new InputObjectType("Point") { Factory = fields => new Point((int)fields["x"]!, (int)fields["y"]!) };
        copy.Fields.Add(new InputField("x", new NonNullType(TestSchema.GetType("Int")!)));
        copy.Fields.Add(new InputField("y", new NonNullType(TestSchema.GetType("Int")!)));
        var errors = new List<string>();

        var point = ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 2 }, copy, (_, _, message) => errors.Add(message));

        Assert.Equal(new Point(1, 2), point);
        Assert.Empty(errors);
        Assert.NotNull(input);
    }

    [Fact]
    public void Json_variables_decode_to_the_documented_clr_shape()
    {
        var variables = JsonVariables.Parse("""{"s":"x","i":1,"l":5000000000,"d":1.5,"n":null,"b":true,"list":[1,"a"],"o":{"k":1.0},"big":1e400}""");

        Assert.Equal("x", variables["s"]);
        Assert.Equal(1, variables["i"]);
        Assert.Equal(5000000000L, variables["l"]);
        Assert.Equal(1.5m, variables["d"]);
        Assert.Null(variables["n"]);
        Assert.Equal(true, variables["b"]);
        Assert.Equal(new object?[] { 1, "a" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(variables["list"]));
        Assert.Equal(1, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(variables["o"])["k"]);
        Assert.IsType<double>(variables["big"]);
        Assert.Empty(JsonVariables.Parse("null"));
    }

    private sealed record Point(int X, int Y);
}
