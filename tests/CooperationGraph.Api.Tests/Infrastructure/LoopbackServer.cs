using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationGraph.Api.Tests.Infrastructure;

/// <summary>Puts a host on Kestrel at 127.0.0.1 and a free port, for clients outside the test process (node, raw sockets).</summary>
public static class LoopbackServer
{
    /// <summary>Starts <paramref name="factory"/>'s host on Kestrel; returns its base address (<c>http://127.0.0.1:PORT</c>).</summary>
    public static string Start(ApiHostFactory factory)
    {
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
