namespace Gql.Types;

/// <summary>Makes an input object a <c>@oneOf</c> input: exactly one field must be given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute;
