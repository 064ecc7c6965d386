using Gql.Types;
using System.Runtime.CompilerServices;

namespace Gql.CodeFirst.Tests;

public sealed class Subscription
{
    public async IAsyncEnumerable<Book> OnBookAdded(Genre? genre, [Service] Library library, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var book in library.Added.Reader.ReadAllAsync(cancellationToken))
        {
            if (genre is null || book.Genre == genre)
            {
                yield return book;
            }
        }
    }
}
