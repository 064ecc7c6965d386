namespace ECommerce.Products.Model;

/// <summary>The product as saved (for <see cref="ProductWriteOutcome.Saved"/>), or why it was not.</summary>
public sealed record ProductWrite(ProductWriteOutcome Outcome, Product? Product = null);
