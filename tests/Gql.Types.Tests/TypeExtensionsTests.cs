using Gql.Language;

namespace Gql.Types.Tests;

public class TypeExtensionsTests
{
    private static readonly Schema Schema = TestSchemas.Build("""
        type Query { pet: Pet, search: SearchResult }
        interface Node { id: ID! }
        interface Pet implements Node { id: ID!, name: String }
        type Dog implements Pet & Node { id: ID!, name: String }
        type Cat implements Pet & Node { id: ID!, name: String }
        type Car implements Node { id: ID! }
        union SearchResult = Dog | Car
        union Vehicles = Car
        enum Color { RED }
        input Filter { a: Int }
        """);

    [Fact]
    public void Predicates_ClassifyTypes()
    {
        var dog = Schema.GetType("Dog")!;
        var color = Schema.GetType("Color")!;
        var filter = Schema.GetType("Filter")!;
        var listOfDogs = new NonNullType(new ListType(new NonNullType(dog)));

        Assert.Same(dog, listOfDogs.NamedType());
        Assert.True(listOfDogs.IsNonNull());
        Assert.True(listOfDogs.IsListType());
        Assert.False(listOfDogs.IsList());
        Assert.True(listOfDogs.NullableType().IsList());
        Assert.True(listOfDogs.IsOutputType());
        Assert.False(listOfDogs.IsInputType());
        Assert.True(color.IsInputType() && color.IsOutputType() && color.IsLeafType());
        Assert.True(filter.IsInputType());
        Assert.False(filter.IsOutputType());
        Assert.True(dog.IsCompositeType());
        Assert.False(dog.IsAbstractType());
        Assert.True(Schema.GetType("Pet")!.IsAbstractType());
        Assert.True(Schema.GetType("SearchResult")!.IsAbstractType());
        Assert.Equal("[Dog!]!", listOfDogs.Print());
    }

    [Fact]
    public void IsEqualType_ComparesWrappersAndNamedType()
    {
        var a = new ListType(new NonNullType(BuiltInScalars.Int));
        var b = new ListType(new NonNullType(BuiltInScalars.Int));

        Assert.True(a.IsEqualType(b));
        Assert.False(a.IsEqualType(new ListType(BuiltInScalars.Int)));
        Assert.False(a.IsEqualType(new NonNullType(a)));
    }

    [Theory]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Dog", "Node", true)]
    [InlineData("Pet", "Node", true)]
    [InlineData("Node", "Pet", false)]
    [InlineData("Car", "Pet", false)]
    [InlineData("Dog", "SearchResult", true)]
    [InlineData("Cat", "SearchResult", false)]
    [InlineData("Dog!", "Pet", true)]
    [InlineData("Dog", "Pet!", false)]
    [InlineData("[Dog!]!", "[Pet]", true)]
    [InlineData("[Dog]", "[Pet!]", false)]
    [InlineData("[Dog]", "Pet", false)]
    [InlineData("Dog", "[Pet]", false)]
    [InlineData("Int", "Int", true)]
    [InlineData("Int!", "Int", true)]
    public void IsTypeSubTypeOf_FollowsGraphqlJsTypeComparators(string subType, string superType, bool expected)
    {
        var result = TypeExtensions.IsTypeSubTypeOf(Schema, Type(subType), Type(superType));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Dog", "Dog", true)]
    [InlineData("Dog", "Cat", false)]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Pet", "Cat", true)]
    [InlineData("Pet", "SearchResult", true)]
    [InlineData("Pet", "Vehicles", false)]
    [InlineData("Node", "Vehicles", true)]
    [InlineData("Car", "Pet", false)]
    public void DoTypesOverlap_IsTrueWhenAnObjectTypeIsShared(string a, string b, bool expected)
    {
        var result = TypeExtensions.DoTypesOverlap(Schema, Schema.GetType(a)!, Schema.GetType(b)!);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void TypeFromAst_BuildsWrappedSchemaTypesOrNullForUnknownNames()
    {
        var type = TypeExtensions.TypeFromAst(Schema, Parser.ParseType("[Dog!]"));

        Assert.Equal("[Dog!]", type?.ToString());
        Assert.Same(Schema.GetType("Dog"), type!.NamedType());
        Assert.Null(TypeExtensions.TypeFromAst(Schema, Parser.ParseType("[Unknown]!")));
    }

    [Fact]
    public void IsRequired_IsNonNullWithoutDefault()
    {
        Assert.True(new Argument("a", new NonNullType(BuiltInScalars.Int)).IsRequired());
        Assert.False(new Argument("a", BuiltInScalars.Int).IsRequired());
        Assert.False(new Argument("a", new NonNullType(BuiltInScalars.Int)) { DefaultValue = Parser.ParseValue("1") }.IsRequired());
    }

    private static IType Type(string text) => TypeExtensions.TypeFromAst(Schema, Parser.ParseType(text))!;
}
