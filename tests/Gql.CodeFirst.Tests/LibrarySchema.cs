using Gql.Execution;
using Gql.Types;

namespace Gql.CodeFirst.Tests;

internal static class LibrarySchema
{
    public static Schema Build()
        => SchemaBuilder.New()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddTypeExtension<BookExtensions>()
            .AddType<INamedItem>()
            .Build();

    public static async Task<string> ExecuteAsync(Schema schema, Library library, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await schema.ExecuteAsync(new GraphQLRequest(query, Variables: variables) { Services = new TestServices(library) });
        return ((ExecutionResult)result).ToJson();
    }
}
