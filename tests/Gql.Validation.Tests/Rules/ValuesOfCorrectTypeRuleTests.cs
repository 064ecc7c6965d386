using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>ValuesOfCorrectTypeRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly IValidationRule Rule = new ValuesOfCorrectTypeRule();

    [Fact]
    public void Good_values_are_valid()
    {
        const string query = """
            {
              complicatedArgs {
                intArgField(intArg: 2)
                stringArgField(stringArg: "foo")
                booleanArgField(booleanArg: true)
                enumArgField(enumArg: BROWN)
                floatArgField(floatArg: 1)
                idArgField(idArg: 1)
                stringListArgField(stringListArg: ["one", null, "two"])
                stringListNonNullArgField(stringListNonNullArg: "single")
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Wrong_scalar_literals_are_invalid()
    {
        const string query = """
            {
              complicatedArgs {
                a: stringArgField(stringArg: 1)
                b: intArgField(intArg: "3")
                c: intArgField(intArg: 829384293849283498239482938)
                d: floatArgField(floatArg: true)
                e: booleanArgField(booleanArg: 2)
                f: idArgField(idArg: 1.0)
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("String cannot represent a non string value: 1", (3, 34)),
            Error("Int cannot represent non-integer value: \"3\"", (4, 28)),
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (5, 28)),
            Error("Float cannot represent non numeric value: true", (6, 32)),
            Error("Boolean cannot represent a non boolean value: 2", (7, 36)),
            Error("ID cannot represent a non-string and non-integer value: 1.0", (8, 26)));
    }

    [Fact]
    public void Wrong_enum_literals_are_invalid()
    {
        const string query = """
            {
              dog {
                a: doesKnowCommand(dogCommand: 2)
                b: doesKnowCommand(dogCommand: "SIT")
                c: doesKnowCommand(dogCommand: sit)
                d: doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 36)),
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (4, 36)),
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (5, 36)),
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (6, 36)));
    }

    [Fact]
    public void Wrong_list_items_are_invalid()
    {
        const string query = """
            { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) intArgField(intArg: [1, 2]) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("String cannot represent a non string value: 2", (1, 63)),
            Error("Int cannot represent non-integer value: [1, 2]", (1, 87)));
    }

    [Fact]
    public void Null_for_non_null_is_invalid()
    {
        const string query = """
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Expected value of type \"Int!\", found null.", (1, 55)),
            Error("Expected value of type \"String!\", found null.", (1, 115)));
    }

    [Fact]
    public void Input_objects_need_required_fields_and_known_fields()
    {
        const string query = """
            {
              complicatedArgs {
                a: complexArgField(complexArg: { intField: 4 })
                b: complexArgField(complexArg: { requiredField: true, invalidField: "value", stringlistField: null })
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 36)),
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (4, 59)),
            Error("Field \"stringlistField\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\", \"stringField\", or \"intField\"?", (4, 82)));
    }

    [Fact]
    public void Variable_defaults_are_checked()
    {
        const string query = """
            query InvalidDefaultValues($a: Int = "one", $b: String = 4, $c: ComplexInput = "NotVeryComplex", $d: Int! = null) { dog { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Int cannot represent non-integer value: \"one\"", (1, 38)),
            Error("String cannot represent a non string value: 4", (1, 58)),
            Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (1, 80)),
            Error("Expected value of type \"Int!\", found null.", (1, 109)));
    }

    [Fact]
    public void One_of_input_needs_exactly_one_non_null_field()
    {
        const string query = """
            {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { stringField: "abc" })
                b: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                c: oneOfArgField(oneOfArg: { stringField: null })
                d: oneOfArgField(oneOfArg: {})
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 32)),
            Error("Field \"OneOfInput.stringField\" must be non-null.", (5, 32)),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (6, 32)));
    }

    [Fact]
    public void Directive_arguments_are_checked()
    {
        const string query = """
            { dog @include(if: "yes") { name @skip(if: ENUM) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)),
            Error("Boolean cannot represent a non boolean value: ENUM", (1, 44)));
    }
}
