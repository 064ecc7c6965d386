using Gql.Federation.Tests.Shipping;
using Gql.Types;

namespace Gql.Federation.Tests.Invalid;

public sealed class MisnamedLookupQuery
{
    [Lookup]
    public Parcel? ParcelByNumber([ID] string number) => new(number, "parcel");
}
