using Gql.Types;

namespace Gql.Federation.Tests.Shipping;

/// <summary>Holds lookups that only the gateway uses.</summary>
[InternalType]
public sealed class ShippingLookups
{
    [Lookup]
    public Parcel? ParcelByCode([Is("internalCode")] string code) => new(code.Replace("P-", string.Empty, StringComparison.Ordinal), "by code");
}
