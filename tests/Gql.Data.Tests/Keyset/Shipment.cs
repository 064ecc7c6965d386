namespace Gql.Data.Tests.Keyset;

/// <summary>An entity with a UUID key.</summary>
public sealed class Shipment
{
    public Guid Id { get; set; }

    public string Carrier { get; set; } = "";

    public DateTimeOffset ShippedAt { get; set; }
}
