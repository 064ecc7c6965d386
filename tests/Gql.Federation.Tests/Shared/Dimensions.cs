namespace Gql.Federation.Tests.Shared;

public sealed record Dimensions(int Width, int Depth);
