using System.Net.Sockets;
using System.Text;

namespace CooperationGraph.Api.Tests.Hostile;

/// <summary>Sends bytes as they are over a fresh TCP connection and reads one HTTP/1.1 response, for requests no client library would send.</summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Headers, string Body);

    public static async Task<Response?> SendAsync(int port, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request);
        }
        catch (IOException)
        {
            // The server may close as soon as it has seen enough to refuse: its answer is still there to read.
        }

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (!IsComplete(received.ToArray()))
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
        }

        return Parse(received.ToArray());
    }

    private static bool IsComplete(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = text[..end];
        var body = text[(end + 4)..];
        if (headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        var length = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is null || body.Length >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Response? Parse(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || end < 0)
        {
            return null;
        }

        var headers = text[..end];
        var body = text[(end + 4)..];
        if (headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new Response(int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(chunked[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            body.Append(chunked, lineEnd + 2, Math.Min(size, chunked.Length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }

        return body.ToString();
    }
}
