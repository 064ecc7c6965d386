namespace Gql.Types;

/// <summary>Marks a field, argument, input field or enum value as deprecated (<c>@deprecated</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
