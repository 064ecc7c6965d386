namespace ECommerce.ServiceDefaults.Tests;

public sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
