namespace Gql.Data.Tests.Keyset;

/// <summary>A value object key (stored as an integer through a value converter): no comparison operators.</summary>
public readonly record struct ParcelNumber(int Value);
