using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Domain.Tests.Store;

/// <summary>The one filter check and operand conversion both stores call before translating a filter.</summary>
public sealed class FilterCheckTests
{
    public static TheoryData<object, object> Operands => new()
    {
        { (sbyte)-7, -7L },
        { (byte)7, 7L },
        { (short)-7, -7L },
        { (ushort)7, 7L },
        { 7, 7L },
        { 7u, 7L },
        { 7L, 7L },
        { 7UL, 7L },
        { 1.5f, 1.5 },
        { 1.5, 1.5 },
        { 40_000_000m, 40_000_000.0 },
        { true, true },
        { "广西", "广西" },
        { new DateOnly(2021, 6, 18), "2021-06-18" },
    };

    [Theory]
    [MemberData(nameof(Operands))]
    public void Every_integer_width_becomes_a_long_and_every_other_operand_its_compared_form(object operand, object compared) =>
        Assert.Equal(compared, FilterOperand.Normalise(operand, "f"));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_numbers_are_refused(double operand) =>
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, Assert.Throws<GraphStoreException>(() => FilterOperand.Normalise(operand, "f")).Code);

    [Fact]
    public void A_valid_tree_with_related_ends_passes()
    {
        var filter = NodeFilter.All(
            new RelatedFilter("CO_BUILDS", null, Direction.Incoming)
            {
                Types = ["CO_BUILDS"],
                Statuses = [RelationshipStatus.Planned],
                Quantifier = RelatedQuantifier.All,
                Other = NodeFilter.Any(new InFilter("id", ["a", 1]), new NotFilter(new ContainsFilter("nameEn", "x"))),
            },
            new ComparisonFilter("launched", ComparisonOperator.GreaterThan, new DateOnly(2020, 1, 1)));

        FilterCheck.Validate(filter);
    }

    [Fact]
    public void A_bad_operand_at_the_other_end_is_found()
    {
        var refused = Assert.Throws<GraphStoreException>(() =>
            FilterCheck.Validate(new RelatedFilter(null, null) { Other = new NotFilter(new InFilter("level", ["a", new Uri("https://x.org")])) }));
        Assert.Equal("The filter on 'level' has an operand of type Uri; use a string, bool, integer, double, decimal or DateOnly.", refused.Message);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("nameEn")]
    [InlineData("annual_amount2")]
    public void Plain_identifiers_are_field_names(string field) => Assert.Equal(field, FilterCheck.FieldName(field));

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a.b")]
    [InlineData("name) DETACH DELETE (n")]
    public void Anything_else_is_refused_as_a_field_name(string field) =>
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, Assert.Throws<GraphStoreException>(() => FilterCheck.FieldName(field)).Code);
}
