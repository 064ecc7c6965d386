using Gql.Federation;
using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>A product of the Products service, referred to by id (the gateway fills in the rest).</summary>
[Key("id")]
public sealed record Product([property: ID] string Id);
