using Gql.Federation;
using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>A Users account, to which Orders adds <c>orders</c>.</summary>
[Key("id")]
public sealed record User([property: ID] string Id);
