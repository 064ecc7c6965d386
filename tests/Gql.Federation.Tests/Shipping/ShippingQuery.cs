using Gql.Types;

namespace Gql.Federation.Tests.Shipping;

/// <summary>A source schema that uses every attribute, for the SDL snapshots.</summary>
public sealed class ShippingQuery
{
    [Lookup]
    public Parcel? ParcelById([ID] string id) => new(id, "parcel " + id);

    [Internal]
    public ShippingLookups Lookups() => new();
}
