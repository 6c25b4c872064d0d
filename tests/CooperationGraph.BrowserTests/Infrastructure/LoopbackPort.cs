using System.Net;
using System.Net.Sockets;

namespace CooperationGraph.BrowserTests.Infrastructure;

internal static class LoopbackPort
{
    /// <summary>A port the system just handed out on 127.0.0.1, released for the service to bind.</summary>
    public static int FindFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
