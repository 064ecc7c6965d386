using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The directives every schema declares (spec section 3.13 and the <c>@oneOf</c> draft).</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = CreateConditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    public static DirectiveDefinition Skip { get; } = CreateConditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    public static DirectiveDefinition OneOf { get; } = CreateOneOf();

    /// <summary>In graphql-js order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    public static bool IsBuiltIn(DirectiveDefinition directive) => All.Contains(directive);

    private static DirectiveDefinition CreateConditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name) { Description = description };
        directive.Arguments.Add(new Argument("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });
        directive.Locations.AddRange([DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]);
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated") { Description = "Marks an element of a GraphQL schema as no longer supported." };
        directive.Arguments.Add(new Argument("reason", BuiltInScalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(null, DefaultDeprecationReason, false),
        });
        directive.Locations.AddRange(
        [
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition,
        ]);
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy") { Description = "Exposes a URL that specifies the behavior of this scalar." };
        directive.Arguments.Add(new Argument("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." });
        directive.Locations.Add(DirectiveLocation.Scalar);
        return directive;
    }

    private static DirectiveDefinition CreateOneOf()
    {
        var directive = new DirectiveDefinition("oneOf") { Description = "Indicates exactly one field must be supplied and this field must not be `null`." };
        directive.Locations.Add(DirectiveLocation.InputObject);
        return directive;
    }
}
