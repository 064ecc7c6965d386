namespace Gql.Types;

/// <summary>Where a directive may appear (spec section 3.13, <c>DirectiveLocation</c>).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>A directive definition (graphql-js 16.15 directive deprecation: <c>@deprecated</c> on directives).</summary>
    DirectiveDefinition,
}
