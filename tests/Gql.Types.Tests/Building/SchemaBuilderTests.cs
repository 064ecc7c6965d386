using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types.Tests.Building;

public class SchemaBuilderTests
{
    [Fact]
    public void Build_WithoutSchemaDefinition_UsesDefaultRootTypeNames()
    {
        var schema = TestSchemas.Build("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """);

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Same(schema.MutationType, schema.GetRootType(OperationType.Mutation));
    }

    [Fact]
    public void Build_WithSchemaDefinition_UsesNamedRootTypesAndDescription()
    {
        var schema = TestSchemas.Build("""
            "The shop"
            schema @tag { query: Root }
            directive @tag on SCHEMA
            type Root { a: Int }
            type Mutation { b: Int }
            """);

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("The shop", schema.Description);
        Assert.Equal("tag", Assert.Single(schema.Directives).Name.Value);
        Assert.NotNull(schema.SyntaxNode);
    }

    [Fact]
    public void Build_SpecifiedScalars_AreInTheTypeMapOnlyWhenReferencedExceptStringAndBoolean()
    {
        var schema = TestSchemas.Build("type Query { a: ID }");

        Assert.Equal(
            ["Query", "ID", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Keys);
        Assert.Same(BuiltInScalars.ID, schema.GetType("ID"));
        Assert.Null(schema.GetType("Int"));
    }

    [Fact]
    public void Build_TypeExtensions_AddMembersDirectivesAndInterfaces()
    {
        var schema = TestSchemas.Build("""
            directive @key(fields: String!) repeatable on OBJECT
            type Query { product: Product }
            type Product { id: ID! }
            interface Node { id: ID! }
            enum Color { RED }
            union Result = Product
            input Filter { a: Int }
            scalar Json
            type Other { x: Int }
            extend type Product implements Node @key(fields: "id") { name: String }
            extend enum Color { GREEN }
            extend union Result = Other
            extend input Filter { b: Int }
            extend scalar Json @specifiedBy(url: "https://example.com/json")
            extend schema { mutation: Other }
            """);

        var product = schema.GetType<ObjectType>("Product")!;
        Assert.Equal(["id", "name"], product.Fields.Select(f => f.Name));
        Assert.Equal("Node", Assert.Single(product.Interfaces).Name);
        Assert.Equal("key", Assert.Single(product.Directives).Name.Value);
        Assert.Single(product.ExtensionSyntaxNodes);
        Assert.Equal(["RED", "GREEN"], schema.GetType<EnumType>("Color")!.Values.Select(v => v.Name));
        Assert.Equal(["Product", "Other"], schema.GetType<UnionType>("Result")!.Types.Select(t => t.Name));
        Assert.Equal(["a", "b"], schema.GetType<InputObjectType>("Filter")!.Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/json", schema.GetType<ScalarType>("Json")!.SpecifiedByUrl);
        Assert.Equal("Other", schema.MutationType?.Name);
        Assert.Equal(["Product"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
    }

    [Fact]
    public void Build_SeveralDocuments_AreMergedInOrder()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int }")
            .AddDocument(Parser.Parse("extend type Query { b: String }"))
            .Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Build_DeprecatedDirective_SetsDeprecationReasonOnEveryMemberKind()
    {
        var schema = TestSchemas.Build("""
            type Query {
              a(old: Int @deprecated(reason: "use b"), b: Int): Int @deprecated
              c(input: In): E
            }
            input In { x: Int @deprecated(reason: "gone") }
            enum E { ONE TWO @deprecated }
            """);

        var a = schema.QueryType.Fields["a"]!;
        Assert.Equal("No longer supported", a.DeprecationReason);
        Assert.True(a.IsDeprecated);
        Assert.Equal("use b", a.Arguments["old"]!.DeprecationReason);
        Assert.False(a.Arguments["b"]!.IsDeprecated);
        Assert.Equal("gone", schema.GetType<InputObjectType>("In")!.Fields["x"]!.DeprecationReason);
        Assert.Equal("No longer supported", schema.GetType<EnumType>("E")!.GetValue("TWO")!.DeprecationReason);
        Assert.Null(schema.GetType<EnumType>("E")!.GetValue("ONE")!.DeprecationReason);
    }

    [Fact]
    public void Build_KeepsDescriptionsDefaultsAndAppliedDirectives()
    {
        var schema = TestSchemas.Build("""
            directive @tag(name: String) on FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION
            "Root"
            type Query {
              "A field"
              a("An arg" x: Int = 5 @tag(name: "arg")): E @tag(name: "field")
              b(f: F = {n: 1}): Int
            }
            enum E { "One" ONE @tag }
            input F @oneOf { n: Int @tag m: String }
            """);

        var a = schema.QueryType.Fields["a"]!;
        var x = a.Arguments["x"]!;
        Assert.Equal("Root", schema.QueryType.Description);
        Assert.Equal("A field", a.Description);
        Assert.Equal("An arg", x.Description);
        Assert.Equal("5", Assert.IsType<IntValueNode>(x.DefaultValue).Value);
        Assert.Equal("tag", Assert.Single(x.Directives).Name.Value);
        Assert.Equal("tag", Assert.Single(a.Directives).Name.Value);
        Assert.IsType<ObjectValueNode>(schema.QueryType.Fields["b"]!.Arguments["f"]!.DefaultValue);
        var one = schema.GetType<EnumType>("E")!.GetValue("ONE")!;
        Assert.Equal("One", one.Description);
        Assert.Equal("ONE", one.RuntimeValue);
        Assert.Single(one.Directives);
        var f = schema.GetType<InputObjectType>("F")!;
        Assert.True(f.IsOneOf);
        Assert.Single(f.Fields["n"]!.Directives);
        Assert.NotNull(a.SyntaxNode);
        Assert.NotNull(x.SyntaxNode);
    }

    [Fact]
    public void Build_ExtendedScalarsAreBoundByName_DeclaredOrNot()
    {
        var schema = TestSchemas.Build("""
            scalar DateTime
            type Query { at: DateTime, on: Date, amount: Decimal, count: Long, id: UUID, link: URL }
            """);

        Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.IsType<DateType>(schema.GetType("Date"));
        Assert.IsType<DecimalType>(schema.GetType("Decimal"));
        Assert.IsType<LongType>(schema.GetType("Long"));
        Assert.IsType<UuidType>(schema.GetType("UUID"));
        Assert.IsType<UrlType>(schema.GetType("URL"));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time.html", schema.GetType<ScalarType>("DateTime")!.SpecifiedByUrl);
    }

    [Fact]
    public void Build_DeclaredScalarWithoutImplementation_PassesValuesThrough()
    {
        var schema = TestSchemas.Build("scalar Json type Query { a: Json }");

        var json = Assert.IsType<SdlScalarType>(schema.GetType("Json"));
        var parsed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(json.ParseLiteral(Parser.ParseValue("{a: 1}")));
        Assert.Equal(1, parsed["a"]);
        Assert.Equal("x", json.Serialize("x"));
    }

    [Fact]
    public void AddScalar_CustomImplementation_IsUsedForTheDeclaredScalar()
    {
        var money = new MoneyScalar();

        var schema = SchemaBuilder.New()
            .AddDocumentFromString("\"Money in cents\" scalar Money type Query { price: Money }")
            .AddScalar(money)
            .Build();

        Assert.Same(money, schema.GetType("Money"));
        Assert.Equal("Money in cents", money.Description);
    }

    [Fact]
    public void AddType_CodeTypes_CanBeReferencedAndExtendedFromSdl()
    {
        var product = new ObjectType("Product");
        product.Fields.Add(new OutputField("id", new NonNullType(BuiltInScalars.ID)));

        var schema = SchemaBuilder.New()
            .AddType(product)
            .AddDocumentFromString("type Query { product: Product } extend type Product { name: String }")
            .Build();

        Assert.Same(product, schema.GetType("Product"));
        Assert.Equal(["id", "name"], product.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Build_CalledTwice_ExtendsCodeTypesOnlyOnce()
    {
        var product = new ObjectType("Product");
        product.Fields.Add(new OutputField("id", BuiltInScalars.ID));
        var builder = SchemaBuilder.New()
            .AddType(product)
            .AddDocumentFromString("type Query { product: Product } extend type Product { name: String }");

        var first = builder.Build();
        var second = builder.Build();

        Assert.Equal(["id", "name"], product.Fields.Select(f => f.Name));
        Assert.NotSame(first.QueryType, second.QueryType);
        Assert.Same(first.GetType("Product"), second.GetType("Product"));
    }

    [Fact]
    public void Build_ExtensionOfABoundScalar_AppliesToIt()
    {
        var schema = TestSchemas.Build("""
            directive @tag on SCALAR
            type Query { a: Int }
            extend scalar DateTime @tag @specifiedBy(url: "https://example.com/dt")
            """);

        var dateTime = Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.Equal("https://example.com/dt", dateTime.SpecifiedByUrl);
        Assert.Equal(2, dateTime.Directives.Count);
    }

    [Fact]
    public void AddDirective_CodeDirective_CanBeAppliedInSdl()
    {
        var directive = new DirectiveDefinition("cost");
        directive.Arguments.Add(new Argument("weight", new NonNullType(BuiltInScalars.Int)));
        directive.Locations.Add(DirectiveLocation.FieldDefinition);

        var schema = SchemaBuilder.New()
            .AddDirective(directive)
            .AddDocumentFromString("type Query { a: Int @cost(weight: 2) }")
            .Build();

        Assert.Same(directive, schema.GetDirective("cost"));
        Assert.Same(BuiltInDirectives.Include, schema.GetDirective("include"));
    }

    [Fact]
    public async Task AddResolverAndSubscriber_BindDelegatesToFields()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } type Subscription { tick: Int }")
            .AddResolver("Query", "a", _ => new ValueTask<object?>(42))
            .AddSubscriber("Subscription", "tick", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Build();

        var a = schema.QueryType.Fields["a"]!;
        var value = await a.Resolver!(new TestResolverContext(schema, schema.QueryType, a, null));
        var tick = schema.SubscriptionType!.Fields["tick"]!;
        var stream = await tick.Subscriber!(new TestResolverContext(schema, schema.SubscriptionType, tick, null));

        Assert.Equal(42, value);
        Assert.Equal([1, 2], await stream.ToListAsync());
    }

    [Fact]
    public void AddTypeResolverAndIsOfType_BindToAbstractAndObjectTypes()
    {
        ResolveAbstractTypeDelegate resolve = (context, _) => context.Schema.GetType<ObjectType>("Dog");
        Func<object, bool> isDog = value => value is string;

        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { pet: Pet } interface Pet { name: String } type Dog implements Pet { name: String } union Any = Dog")
            .AddTypeResolver("Pet", resolve)
            .AddTypeResolver("Any", resolve)
            .AddIsOfType("Dog", isDog)
            .Build();

        Assert.Same(resolve, schema.GetType<InterfaceType>("Pet")!.ResolveType);
        Assert.Same(resolve, schema.GetType<UnionType>("Any")!.ResolveType);
        Assert.Same(isDog, schema.GetType<ObjectType>("Dog")!.IsOfType);
    }

    [Fact]
    public void Build_ResolversForUnknownTypesOrFields_AreSchemaErrors()
    {
        var builder = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } enum E { A }")
            .AddResolver("Query", "missing", _ => default)
            .AddResolver("Nope", "a", _ => default)
            .AddTypeResolver("E", (_, _) => null);

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(
            [
                "\"Query.missing\" defined in resolvers, but not in schema.",
                "\"Nope\" defined in resolvers, but not in schema as an object or interface type.",
                "Type resolver for \"E\" requires an interface or union type.",
            ],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Build_UnknownTypes_AreReportedWithSuggestionsAndLocations()
    {
        var exception = Assert.Throws<SchemaException>(() => TestSchemas.Build("type Query {\n  a: Produt\n  b: [Strng!]\n}\ntype Product { id: ID }"));

        Assert.Equal(
            ["Unknown type \"Produt\". Did you mean \"Product\"?", "Unknown type \"Strng\". Did you mean \"String\"?"],
            exception.Errors.Select(e => e.Message));
        Assert.Equal(new ErrorLocation(2, 6), exception.Errors[0].Locations![0]);
    }

    [Fact]
    public void Build_OperationsInTheDocument_AreRejected()
    {
        var errors = TestSchemas.BuildErrors("type Query { a: Int } query Q { a }");

        Assert.Equal(
            ["The \"Q\" definition is not a type system definition; a schema document may only contain type system definitions and extensions."],
            errors);
    }

    [Fact]
    public void Build_TwoCodeTypesWithTheSameName_IsAnError()
    {
        var first = new ObjectType("Thing");
        first.Fields.Add(new OutputField("a", BuiltInScalars.Int));
        var second = new ObjectType("Thing");
        second.Fields.Add(new OutputField("a", BuiltInScalars.Int));

        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddType(first)
            .AddType(second)
            .AddDocumentFromString("type Query { a: Int }")
            .Build());

        Assert.Contains(
            "Schema must contain uniquely named types but contains multiple types named \"Thing\".",
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Build_RedefinedBuiltInDirective_ReplacesIt()
    {
        var schema = TestSchemas.Build("directive @deprecated(reason: String) on FIELD_DEFINITION type Query { a: Int @deprecated }");

        Assert.NotSame(BuiltInDirectives.Deprecated, schema.GetDirective("deprecated"));
        Assert.Equal(["deprecated", "include", "skip", "specifiedBy", "oneOf"], schema.DirectiveDefinitions.Keys);
    }

    [Fact]
    public void Build_InterfaceImplementations_AreIndexed()
    {
        var schema = TestSchemas.Build("""
            type Query { n: Node }
            interface Node { id: ID }
            interface Entity implements Node { id: ID }
            type A implements Entity & Node { id: ID }
            type B implements Node { id: ID }
            """);

        var node = schema.GetType<InterfaceType>("Node")!;
        Assert.Equal(["Entity", "A", "B"], schema.GetImplementations(node).Select(t => t.Name));
        Assert.Equal(["A", "B"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.True(schema.IsPossibleType(node, schema.GetType<ObjectType>("B")!));
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        yield return 1;
        await Task.Yield();
        yield return 2;
    }

    private sealed class MoneyScalar() : ScalarType("Money")
    {
        public override Type RuntimeType => typeof(long);

        public override object ParseLiteral(ValueNode literal) => long.Parse(((IntValueNode)literal).Value, System.Globalization.CultureInfo.InvariantCulture);

        public override object ParseValue(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

        public override object Serialize(object runtimeValue) => runtimeValue;

        public override ValueNode ValueToLiteral(object runtimeValue) => new IntValueNode(null, runtimeValue.ToString()!);
    }
}
