namespace Gql.AspNetCore.Tests.Authorization;

/// <summary>A singleton the secured mutation changes; tells whether a refused mutation ran.</summary>
public sealed class PriceBook
{
    private int _price = 100;

    public int Price
    {
        get => Volatile.Read(ref _price);
        set => Volatile.Write(ref _price, value);
    }
}
