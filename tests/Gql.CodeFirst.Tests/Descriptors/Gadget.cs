namespace Gql.CodeFirst.Tests.Descriptors;

[Tagged("catalog")]
[Tagged("public")]
public sealed record Gadget(string Name, int Weight, string Color);
