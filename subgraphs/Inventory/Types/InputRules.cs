using ECommerce.Inventory.Model;

namespace ECommerce.Inventory.Types;

/// <summary>Checks of mutation input; each broken rule adds an <see cref="InvalidInputError"/> naming the input field.</summary>
internal static class InputRules
{
    /// <summary>The UUID in <paramref name="value"/>; <see cref="Guid.Empty"/> (and an error) when it is none.</summary>
    public static Guid Id(string value, string field, List<InvalidInputError> errors)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
        {
            return id;
        }

        errors.Add(new InvalidInputError(field, $"\"{value}\" is not an id (a UUID such as 00000000-0000-4000-8000-000000000001)."));
        return Guid.Empty;
    }

    public static void Range(int value, int min, int max, string field, List<InvalidInputError> errors)
    {
        if (value < min || value > max)
        {
            errors.Add(new InvalidInputError(field, $"Must be between {min} and {max}; was {value}."));
        }
    }

    /// <summary>The lines with one line per product (quantities of repeated products added up), in product id order.</summary>
    public static IReadOnlyList<StockReservationLine> Lines(Guid orderId, IReadOnlyList<ReservationLineInput> lines, List<InvalidInputError> errors)
    {
        if (lines.Count == 0)
        {
            errors.Add(new InvalidInputError("lines", "At least one line is needed."));
            return [];
        }

        var quantities = new Dictionary<Guid, long>();
        for (var i = 0; i < lines.Count; i++)
        {
            var productId = Id(lines[i].ProductId, $"lines[{i}].productId", errors);
            if (lines[i].Quantity <= 0)
            {
                errors.Add(new InvalidInputError($"lines[{i}].quantity", $"Must be 1 or more; was {lines[i].Quantity}."));
            }
            else if (productId != Guid.Empty)
            {
                quantities[productId] = quantities.GetValueOrDefault(productId) + lines[i].Quantity;
            }
        }

        if (quantities.Count > StockLimits.MaxLines)
        {
            errors.Add(new InvalidInputError("lines", $"At most {StockLimits.MaxLines} different products per reservation; there were {quantities.Count}."));
        }

        foreach (var (productId, quantity) in quantities.Where(q => q.Value > StockLimits.MaxQuantityPerLine))
        {
            errors.Add(new InvalidInputError("lines", $"At most {StockLimits.MaxQuantityPerLine} units of product {productId} per reservation; there were {quantity}."));
        }

        return [.. quantities.OrderBy(q => q.Key).Select(q => new StockReservationLine { OrderId = orderId, ProductId = q.Key, Quantity = (int)q.Value })];
    }
}
