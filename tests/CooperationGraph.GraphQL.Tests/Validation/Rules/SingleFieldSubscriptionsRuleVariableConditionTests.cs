using CooperationGraph.GraphQL.Validation;
using static CooperationGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace CooperationGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The September 2025 specification's CollectSubscriptionFields: <c>@skip</c>/<c>@include</c> with a variable
/// condition in a subscription's root selection is an error, worded as graphql-js 17 words it. Written by hand:
/// graphql-js 16, which generates the other rule tests, throws from validate on these documents.
/// </summary>
public sealed class SingleFieldSubscriptionsRuleVariableConditionTests
{
    private static readonly ValidationRule Rule = SpecifiedRules.Get("SingleFieldSubscriptions");

    [Fact]
    public void A_variable_condition_on_a_root_field_is_reported_at_each_directive() =>
        AssertErrors(
            Rule,
            "harness-schema",
            """
            subscription Named($on: Boolean!) {
              importantEmails @include(if: $on)
              spamEmails @skip(if: $on)
            }
            """,
            Expect("Subscription \"Named\" must not use `@skip` or `@include` directives in the top level selection.", (2, 19), (3, 14)));

    [Fact]
    public void A_variable_condition_inside_root_fragments_is_reported_for_an_anonymous_subscription() =>
        AssertErrors(
            Rule,
            "harness-schema",
            """
            subscription ($on: Boolean!) {
              ... @skip(if: $on) { importantEmails }
              ...Emails
            }
            fragment Emails on SubscriptionRoot { importantEmails @include(if: $on) }
            """,
            Expect("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (2, 7), (5, 55)));

    [Fact]
    public void Variable_conditions_in_other_operations_are_allowed() =>
        AssertErrors(
            Rule,
            "harness-schema",
            """
            subscription Plain { ... on SubscriptionRoot { importantEmails } }
            query NotASubscription($on: Boolean!) { dog @skip(if: $on) { name } cat @include(if: $on) { name } }
            """);

    [Fact]
    public void A_literal_condition_is_still_evaluated_as_graphql_js_16_does() =>
        AssertErrors(
            Rule,
            "harness-schema",
            """
            subscription Literal {
              importantEmails
              spamEmails @skip(if: true)
              newMessage @include(if: true)
            }
            """,
            Expect("Subscription \"Literal\" must select only one top level field.", (4, 3)));
}
