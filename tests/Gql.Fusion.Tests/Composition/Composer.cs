using Gql.Fusion.Composition;
using Gql.Fusion.Metadata;

namespace Gql.Fusion.Tests.Composition;

/// <summary>Composes test source schemas named "a", "b", "c", ... in argument order.</summary>
internal static class Composer
{
    public static CompositionResult Compose(params string[] sdl)
        => Compose(new CompositionOptions(), sdl);

    public static CompositionResult Compose(CompositionOptions options, params string[] sdl)
        => new SchemaComposer(options).Compose(sdl.Select((text, i) => new SourceSchemaText(((char)('a' + i)).ToString(), text)).ToArray());

    /// <summary>Asserts the composition failed with exactly the given error codes (any order, repeats counted).</summary>
    public static void AssertErrors(CompositionResult result, params string[] codes)
    {
        Assert.False(result.IsSuccess, "the composition succeeded");
        Assert.Equal(codes.Order(StringComparer.Ordinal), result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    /// <summary>The execution metadata of one type.</summary>
    public static CompositeType TypeOf(CompositionResult result, string name) => result.Types.Single(t => t.Name == name);

    /// <summary>The subgraphs that resolve a field for clients (its sources that are not internal).</summary>
    public static IEnumerable<string> Resolvers(CompositionResult result, string typeName, string fieldName)
        => TypeOf(result, typeName).GetField(fieldName).Sources.Where(s => !s.IsInternal).Select(s => s.Subgraph);

    public static void AssertSucceeded(CompositionResult result)
        => Assert.True(result.IsSuccess, "errors: " + string.Join("\n", result.Errors.Select(e => e.ToString())));

    /// <summary>The one error the composition failed with.</summary>
    public static CompositionError SingleError(CompositionResult result, string code)
    {
        AssertErrors(result, code);
        return result.Errors[0];
    }
}
