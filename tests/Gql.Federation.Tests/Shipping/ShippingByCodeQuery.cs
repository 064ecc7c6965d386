using Gql.Types;

namespace Gql.Federation.Tests.Shipping;

/// <summary>A lookup whose argument maps to the entity field <c>internalCode</c> with <c>@is</c>.</summary>
public sealed class ShippingByCodeQuery
{
    [Lookup]
    public Parcel? ParcelByCode([Is("internalCode")] string code) => new(code.Replace("P-", string.Empty, StringComparison.Ordinal), "by code");
}
