using Gql.Types;

namespace Gql.CodeFirst.Tests;

/// <summary>A service type declared as one: resolver parameters of its type need no attribute.</summary>
[Service]
public class Greeter
{
    public string Greet(string name) => "Hello, " + name;
}
