namespace Gql.Types.Tests.Validation;

/// <summary>Schema validation of types and directives built in code (no SDL to catch mistakes earlier).</summary>
public class CodeTypeValidationTests
{
    [Fact]
    public void Build_CodeTypeWithInvalidNames_ReportsNameErrors()
    {
        var type = new ObjectType("Bad-Name");
        type.Fields.Add(new OutputField("1field", BuiltInScalars.Int));
        type.Fields.Add(new OutputField("__reserved", BuiltInScalars.Int));
        var values = new EnumType("E");
        values.Values.Add(new EnumValue("true", true));

        var errors = Errors(SchemaBuilder.New()
            .AddType(type)
            .AddType(values)
            .AddDocumentFromString("type Query { a: Int }"));

        Assert.Equal(
            [
                "Names must only contain [_a-zA-Z0-9] but \"Bad-Name\" does not.",
                "Names must start with [_a-zA-Z] but \"1field\" does not.",
                "Name \"__reserved\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Enum values cannot be named: true",
            ],
            errors);
    }

    [Fact]
    public void Build_CodeDirectiveWithoutLocationsOrWithOutputArgument_IsInvalid()
    {
        var directive = new DirectiveDefinition("broken");
        directive.Arguments.Add(new Argument("target", new ObjectType("Target")));

        var errors = Errors(SchemaBuilder.New().AddDirective(directive).AddDocumentFromString("type Query { a: Int }"));

        Assert.Contains("Directive @broken must include 1 or more locations.", errors);
        Assert.Contains("The type of @broken(target:) must be Input Type but got: Target.", errors);
    }

    [Fact]
    public void Build_SdlRedefiningOrWronglyExtendingACodeType_IsReported()
    {
        var product = new ObjectType("Product");
        product.Fields.Add(new OutputField("id", BuiltInScalars.ID));

        var errors = Errors(SchemaBuilder.New()
            .AddType(product)
            .AddDocumentFromString("""
                type Query { p: Product }
                type Product { id: ID }
                extend type Product { id: ID }
                extend enum Product { A }
                """));

        Assert.Equal(
            [
                "Type \"Product\" already exists in the schema. It cannot also be defined in this type definition.",
                "Field \"Product.id\" already exists in the schema. It cannot also be defined in this type extension.",
                "Field \"Product.id\" already exists in the schema. It cannot also be defined in this type extension.",
                "Cannot extend non-enum type \"Product\".",
            ],
            errors);
    }

    [Fact]
    public void Build_CodeObjectTypeMissingAnInterfaceField_IsReported()
    {
        var node = new InterfaceType("Node");
        node.Fields.Add(new OutputField("id", new NonNullType(BuiltInScalars.ID)));
        var user = new ObjectType("User");
        user.Interfaces.Add(node);
        user.Fields.Add(new OutputField("id", BuiltInScalars.ID));

        var errors = Errors(SchemaBuilder.New().AddType(user).AddDocumentFromString("type Query { a: Int }"));

        Assert.Equal(["Interface field Node.id expects type ID! but User.id is type ID."], errors);
    }

    private static List<string> Errors(SchemaBuilder builder)
        => Assert.Throws<SchemaException>(builder.Build).Errors.Select(e => e.Message).ToList();
}
