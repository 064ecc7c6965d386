namespace Gql.CodeFirst.Tests;

public sealed class GreetingQuery
{
    public string Greeting(string name, Greeter greeter) => greeter.Greet(name);
}
