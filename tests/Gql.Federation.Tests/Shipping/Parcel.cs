using Gql.Types;

namespace Gql.Federation.Tests.Shipping;

[Key("id")]
[ShareableType]
public sealed record Parcel([property: ID] string Id, [property: Shareable] string Label)
{
    [External]
    public int? Weight { get; init; }

    [Inaccessible]
    public string InternalCode => "P-" + Id;

    [Override("legacy")]
    public string Carrier => "post";

    public int Cost([Require("weight")] int? weight, string zone = "EU") => (weight ?? 0) / 100 + zone.Length;

    [Provides("label")]
    public Parcel? Sibling() => null;
}
