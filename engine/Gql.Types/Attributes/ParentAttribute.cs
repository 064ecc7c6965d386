namespace Gql.Types;

/// <summary>Binds a resolver parameter to the parent object the field is resolved on.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
