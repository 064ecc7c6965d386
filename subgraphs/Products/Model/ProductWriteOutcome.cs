namespace ECommerce.Products.Model;

/// <summary>How a write of a product ended.</summary>
public enum ProductWriteOutcome
{
    Saved,
    NotFound,
    DuplicateSku,
    UnknownCategory,
}
