namespace Gql.Fusion.Composition.Rules;

/// <summary>Schema coordinates (the draft spec's <c>Type.field(argument:)</c> notation) for messages.</summary>
internal static class Coordinates
{
    public static string Of(NamedType type, OutputField field) => type.Name + "." + field.Name;

    public static string Of(NamedType type, OutputField field, Argument argument) => $"{type.Name}.{field.Name}({argument.Name}:)";

    public static string Of(NamedType type, InputField field) => type.Name + "." + field.Name;

    public static string Of(NamedType type, EnumValue value) => type.Name + "." + value.Name;
}
