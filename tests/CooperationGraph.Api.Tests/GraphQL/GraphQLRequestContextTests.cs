using CooperationGraph.Api.Tests.Infrastructure;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class GraphQLRequestContextTests(TransportHost host) : IClassFixture<TransportHost>
{
    private readonly ApiHostFactory _factory = host.Factory;

    [Fact]
    public async Task Resolvers_share_one_service_scope_per_request_and_never_across_requests()
    {
        using var client = _factory.CreateClient();
        using var first = await client.SendAsync(PostQuery("{ a: requestProbe b: requestProbe c: requestProbeViaProvider }", ResponseJson));
        using var second = await client.SendAsync(PostQuery("{ a: requestProbe }", ResponseJson));

        var one = (await JsonAsync(first)).GetProperty("data");
        var two = (await JsonAsync(second)).GetProperty("data");
        Assert.Equal(32, one.GetProperty("a").GetString()!.Length);
        Assert.Equal(one.GetProperty("a").GetString(), one.GetProperty("b").GetString());
        Assert.Equal(one.GetProperty("a").GetString(), one.GetProperty("c").GetString());
        Assert.NotEqual(one.GetProperty("a").GetString(), two.GetProperty("a").GetString());
    }
}
