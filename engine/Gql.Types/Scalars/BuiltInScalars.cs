namespace Gql.Types;

/// <summary>
/// The scalars the engine knows: the five specified scalars (shared instances, like graphql-js) and
/// the extended ones (DateTime, Date, Decimal, Long, UUID, URL) that a schema binds by name.
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType String { get; } = new StringType();

    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>The specified scalars in graphql-js order (String, Int, Float, Boolean, ID).</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The names of the extended scalars a schema can use without declaring an implementation.</summary>
    public static IReadOnlyList<string> ExtendedNames { get; } = ["DateTime", "Date", "Decimal", "Long", "UUID", "URL"];

    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static bool IsSpecified(NamedType type) => type is ScalarType && IsSpecified(type.Name) && Specified.Contains(type);

    public static ScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>A new instance of an extended scalar (so each schema may describe it its own way), or null.</summary>
    public static ScalarType? CreateExtended(string name) => name switch
    {
        "DateTime" => new DateTimeType(),
        "Date" => new DateType(),
        "Decimal" => new DecimalType(),
        "Long" => new LongType(),
        "UUID" => new UuidType(),
        "URL" => new UrlType(),
        _ => null,
    };
}
