namespace Gql.Types;

/// <summary>Sets the GraphQL name of a type, field, argument or enum value instead of the one derived from the C# name.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
