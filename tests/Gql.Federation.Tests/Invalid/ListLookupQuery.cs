using Gql.Federation.Tests.Shipping;
using Gql.Types;

namespace Gql.Federation.Tests.Invalid;

public sealed class ListLookupQuery
{
    [Lookup]
    public IReadOnlyList<Parcel> ParcelsById([ID] string id) => [new(id, "parcel")];
}
