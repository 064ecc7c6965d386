namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>
/// One GraphQL request a service sends to itself before it reports ready: a hot operation of the
/// service (what the gateway or another service sends it) in a form that changes nothing, e.g. a
/// lookup of an unknown id, or a mutation whose input is refused with a typed error.
/// </summary>
/// <param name="Name">For the log and the readiness report.</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="Variables">Its variables (serialized as JSON), or null.</param>
/// <param name="Roles">The roles of the token it is sent with (a random user id as subject); empty for an anonymous request.</param>
public sealed record WarmupOperation(string Name, string Query, object? Variables, IReadOnlyList<string> Roles);
