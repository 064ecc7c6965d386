namespace Gql.Data.Tests.Model;

public sealed class Review
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public int Stars { get; set; }

    public string Text { get; set; } = "";
}
