using CooperationGraph.Api.Http;
using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Http;

public sealed class CorrelationIdTests
{
    [Theory]
    [InlineData("abc-123", true)]
    [InlineData("trace:0af7651916cd43dd.span_1", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("line\nbreak", false)]
    [InlineData("<script>", false)]
    [InlineData("广西", false)]
    public void Only_short_plain_ids_are_taken_from_the_caller(string offered, bool accepted) =>
        Assert.Equal(accepted, CorrelationId.IsAcceptable(offered));

    [Fact]
    public void An_overlong_id_is_replaced()
    {
        var offered = new string('a', 65);

        Assert.False(CorrelationId.IsAcceptable(offered));
        Assert.NotEqual(offered, CorrelationId.Choose(offered));
        Assert.True(CorrelationId.IsAcceptable(CorrelationId.Choose(offered)));
    }

    [Fact]
    public async Task A_request_without_an_id_gets_a_fresh_one_per_request()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/health/live");
        using var second = await client.GetAsync("/health/live");

        var firstId = Assert.Single(first.Headers.GetValues(CorrelationId.HeaderName));
        var secondId = Assert.Single(second.Headers.GetValues(CorrelationId.HeaderName));
        Assert.NotEqual(firstId, secondId);
        Assert.True(CorrelationId.IsAcceptable(firstId));
    }

    [Fact]
    public async Task An_unacceptable_id_is_not_echoed()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, "<img src=x>");

        using var response = await client.SendAsync(request);

        Assert.NotEqual("<img src=x>", Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName)));
    }
}
