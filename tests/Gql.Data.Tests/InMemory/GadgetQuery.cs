namespace Gql.Data.Tests.InMemory;

public sealed class GadgetQuery
{
    public static IReadOnlyList<Gadget> All { get; } = Enumerable.Range(1, 12).Select(i => new Gadget
    {
        Id = i,
        Name = $"gadget {i:00}",
        Nickname = i % 3 == 0 ? null : $"nick {i % 4}",
        Tags = i % 2 == 0 ? ["even", "tool"] : ["odd"],
    }).ToList();

    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IEnumerable<Gadget> GetGadgets() => All;

    [UseFiltering]
    [UseSorting]
    public List<Gadget> GetGadgetList() => All.ToList();
}
