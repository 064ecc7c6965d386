using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.CodeFirst.Tests.Descriptors;

public sealed class GadgetQuery
{
    [UpperCase]
    [Suffix("!")]
    public string Shout() => "hello";

    [Suffix("?")]
    [UpperCase]
    public string Ask() => "hello";

    [UseLimit]
    public IEnumerable<Gadget> Gadgets() => [new("a", 1, "red"), new("b", 2, "blue"), new("c", 3, "green")];

    public Gadget Inspect(IResolverContext context, GadgetInspection inspection)
    {
        var gadgetType = (ObjectType)context.Schema.GetType("Gadget")!;
        inspection.Selected.AddRange(context.GetSelections(gadgetType).Select(s => $"{s.ResponseName}:{s.Field.Name}"));
        return new Gadget("x", 9, "black");
    }
}
