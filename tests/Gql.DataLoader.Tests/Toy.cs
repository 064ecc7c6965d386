namespace Gql.DataLoader.Tests;

public sealed record Toy(string Label);
