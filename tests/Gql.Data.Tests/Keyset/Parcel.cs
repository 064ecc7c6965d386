namespace Gql.Data.Tests.Keyset;

/// <summary>An entity whose key is a value object.</summary>
public sealed class Parcel
{
    public ParcelNumber Id { get; set; }

    public string Label { get; set; } = "";
}
