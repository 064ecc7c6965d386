using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>Two reviews per product, written by users in turn; more can be added.</summary>
[Service]
public sealed class ReviewStore
{
    private readonly List<Review> _reviews = [];

    public ReviewStore()
    {
        for (var n = 1; n <= SampleData.ProductCount; n++)
        {
            for (var k = 0; k < 2; k++)
            {
                var id = _reviews.Count + 1;
                _reviews.Add(new Review("r" + id, $"Review {id} of product {n}", "u" + (id % SampleData.UserCount + 1), "p" + n));
            }
        }
    }

    public IReadOnlyList<Review> ByAuthor(string userId)
    {
        lock (_reviews)
        {
            return _reviews.Where(r => r.AuthorId == userId).ToList();
        }
    }

    public IReadOnlyList<Review> ByProduct(string upc)
    {
        lock (_reviews)
        {
            return _reviews.Where(r => r.ProductUpc == upc).ToList();
        }
    }

    public Review Add(string authorId, string upc, string body)
    {
        lock (_reviews)
        {
            var review = new Review("r" + (_reviews.Count + 1), body, authorId, upc);
            _reviews.Add(review);
            return review;
        }
    }
}
