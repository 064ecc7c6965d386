namespace Gql.Types.Tests.Introspection;

public class IntrospectionFieldsTests
{
    private static readonly Schema Schema = TestSchemas.Build("""
        type Query { pet: Pet }
        interface Pet { name: String, old: Int @deprecated }
        type Dog implements Pet { name: String, old: Int @deprecated(reason: "x"), bark(loud: Boolean @deprecated, times: Int = 1): String }
        enum Mood { HAPPY SAD @deprecated }
        input Filter { a: Int, b: Int @deprecated }
        """);

    [Fact]
    public void TryGetMetaField_TypenameOnAnyCompositeType_SchemaAndTypeOnlyOnQueryRoot()
    {
        var dog = Schema.GetType<ObjectType>("Dog")!;

        Assert.True(IntrospectionFields.TryGetMetaField(Schema, dog, "__typename", out var typename));
        Assert.True(IntrospectionFields.TryGetMetaField(Schema, Schema.QueryType, "__schema", out var schemaField));
        Assert.True(IntrospectionFields.TryGetMetaField(Schema, Schema.QueryType, "__type", out var typeField));
        Assert.False(IntrospectionFields.TryGetMetaField(Schema, dog, "__schema", out _));
        Assert.False(IntrospectionFields.TryGetMetaField(Schema, dog, "__type", out _));
        Assert.False(IntrospectionFields.TryGetMetaField(Schema, dog, "name", out _));
        Assert.Equal("String!", typename.Type.ToString());
        Assert.Equal("__Schema!", schemaField.Type.ToString());
        Assert.Equal("__Type", typeField.Type.ToString());
        Assert.Equal("String!", typeField.Arguments["name"]!.Type.ToString());
    }

    [Fact]
    public async Task TypenameResolver_ReturnsTheConcreteObjectTypeName()
    {
        var dog = Schema.GetType<ObjectType>("Dog")!;
        var context = new TestResolverContext(Schema, dog, IntrospectionFields.TypeName, new object());

        var result = await IntrospectionFields.TypeName.Resolver!(context);

        Assert.Equal("Dog", result);
    }

    [Fact]
    public async Task SchemaAndTypeResolvers_ReturnTheSchemaAndLookUpTypes()
    {
        var schemaResult = await IntrospectionFields.Schema.Resolver!(new TestResolverContext(Schema, Schema.QueryType, IntrospectionFields.Schema, null));
        var typeResult = await IntrospectionFields.Type.Resolver!(new TestResolverContext(
            Schema, Schema.QueryType, IntrospectionFields.Type, null, new Dictionary<string, object?> { ["name"] = "Dog" }));
        var missing = await IntrospectionFields.Type.Resolver!(new TestResolverContext(
            Schema, Schema.QueryType, IntrospectionFields.Type, null, new Dictionary<string, object?> { ["name"] = "Nope" }));

        Assert.Same(Schema, schemaResult);
        Assert.Same(Schema.GetType("Dog"), typeResult);
        Assert.Null(missing);
    }

    [Theory]
    [InlineData(false, new[] { "name" })]
    [InlineData(true, new[] { "name", "old" })]
    public async Task TypeFields_IncludeDeprecatedOnlyWhenAsked(bool includeDeprecated, string[] expected)
    {
        var fields = await Resolve<object[]>(IntrospectionTypes.TypeType, "fields", Schema.GetType("Pet"), includeDeprecated);

        Assert.Equal(expected, fields.Cast<OutputField>().Select(f => f.Name));
    }

    [Fact]
    public async Task EnumValuesInputFieldsAndArgs_FilterDeprecatedByDefault()
    {
        var values = await Resolve<object[]>(IntrospectionTypes.TypeType, "enumValues", Schema.GetType("Mood"), false);
        var allValues = await Resolve<object[]>(IntrospectionTypes.TypeType, "enumValues", Schema.GetType("Mood"), true);
        var inputFields = await Resolve<object[]>(IntrospectionTypes.TypeType, "inputFields", Schema.GetType("Filter"), false);
        var bark = Schema.GetType<ObjectType>("Dog")!.Fields["bark"]!;
        var args = await Resolve<object[]>(IntrospectionTypes.FieldType, "args", bark, false);
        var allArgs = await Resolve<object[]>(IntrospectionTypes.FieldType, "args", bark, true);

        Assert.Equal(["HAPPY"], values.Cast<EnumValue>().Select(v => v.Name));
        Assert.Equal(2, allValues.Length);
        Assert.Equal(["a"], inputFields.Cast<InputField>().Select(v => v.Name));
        Assert.Equal(["times"], args.Cast<Argument>().Select(a => a.Name));
        Assert.Equal(2, allArgs.Length);
    }

    [Fact]
    public async Task TypeResolvers_DescribeWrappersAndKinds()
    {
        var wrapped = new NonNullType(new ListType(Schema.GetType("Dog")!));

        Assert.Equal(TypeKind.NonNull, await Resolve<TypeKind>(IntrospectionTypes.TypeType, "kind", wrapped));
        Assert.Null(await Resolve<object?>(IntrospectionTypes.TypeType, "name", wrapped));
        Assert.IsType<ListType>(await Resolve<object>(IntrospectionTypes.TypeType, "ofType", wrapped));
        Assert.Null(await Resolve<object?>(IntrospectionTypes.TypeType, "fields", wrapped));
        var possible = await Resolve<object[]>(IntrospectionTypes.TypeType, "possibleTypes", Schema.GetType("Pet"));
        Assert.Equal(["Dog"], possible.Cast<ObjectType>().Select(t => t.Name));
        Assert.Null(await Resolve<object?>(IntrospectionTypes.TypeType, "possibleTypes", Schema.GetType("Dog")));
        Assert.Equal(false, await Resolve<object?>(IntrospectionTypes.TypeType, "isOneOf", Schema.GetType("Filter")));
        Assert.Null(await Resolve<object?>(IntrospectionTypes.TypeType, "isOneOf", Schema.GetType("Dog")));
    }

    [Fact]
    public async Task InputValueDefaultValue_IsPrintedAsGraphqlLiteral()
    {
        var times = Schema.GetType<ObjectType>("Dog")!.Fields["bark"]!.Arguments["times"]!;
        var loud = Schema.GetType<ObjectType>("Dog")!.Fields["bark"]!.Arguments["loud"]!;

        Assert.Equal("1", await Resolve<object?>(IntrospectionTypes.InputValueType, "defaultValue", times));
        Assert.Null(await Resolve<object?>(IntrospectionTypes.InputValueType, "defaultValue", loud));
        Assert.Equal(true, await Resolve<object?>(IntrospectionTypes.InputValueType, "isDeprecated", loud));
    }

    [Fact]
    public void IntrospectionTypes_AreInEveryTypeMap()
    {
        Assert.All(IntrospectionTypes.All, type => Assert.Same(type, Schema.GetType(type.Name)));
        Assert.True(IntrospectionTypes.IsIntrospectionTypeName("__Type"));
    }

    private static async Task<T> Resolve<T>(ObjectType type, string fieldName, object? parent, bool? includeDeprecated = null)
    {
        var field = type.Fields[fieldName]!;
        var arguments = new Dictionary<string, object?>();
        if (includeDeprecated is { } include)
        {
            arguments["includeDeprecated"] = include;
        }

        var result = await field.Resolver!(new TestResolverContext(Schema, type, field, parent, arguments));
        return (T)result!;
    }
}
