using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>SingleFieldSubscriptionsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly IValidationRule Rule = new SingleFieldSubscriptionsRule();

    [Fact]
    public void One_field_is_valid()
    {
        const string query = """
            subscription ImportantEmails { importantEmails }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void One_field_through_fragments_is_valid()
    {
        const string query = """
            subscription sub { ...newMessageFields }
            fragment newMessageFields on SubscriptionRoot {
              newMessage { body sender }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Skipped_field_does_not_count()
    {
        const string query = """
            subscription { importantEmails @skip(if: true) notImportantEmails }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Two_fields_are_invalid()
    {
        const string query = """
            subscription ImportantEmails { importantEmails notImportantEmails }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48)));
    }

    [Fact]
    public void Field_and_typename_are_invalid()
    {
        const string query = """
            subscription ImportantEmails { importantEmails __typename }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (1, 48)));
    }

    [Fact]
    public void Fields_from_fragments_count()
    {
        const string query = """
            subscription ImportantEmails {
              importantEmails
              ...NonImportantEmailsFragment
            }
            fragment NonImportantEmailsFragment on SubscriptionRoot {
              notImportantEmails
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3)));
    }

    [Fact]
    public void Every_extra_field_is_reported()
    {
        const string query = """
            subscription ImportantEmails { importantEmails notImportantEmails spamEmails }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48), (1, 67)));
    }

    [Fact]
    public void Introspection_field_is_invalid()
    {
        const string query = """
            subscription ImportantEmails { __typename }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (1, 32)));
    }

    [Fact]
    public void Anonymous_subscription_with_two_fields_is_invalid()
    {
        const string query = """
            subscription { importantEmails notImportantEmails }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Anonymous Subscription must select only one top level field.", (1, 32)));
    }

    [Fact]
    public void Anonymous_subscription_with_introspection_is_invalid()
    {
        const string query = """
            subscription { __typename }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));
    }
}
