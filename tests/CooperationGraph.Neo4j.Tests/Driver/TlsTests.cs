using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary><c>+ssc</c> accepts a self-signed certificate; <c>+s</c> verifies it and refuses.</summary>
public sealed class TlsTests
{
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-import through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public async Task SelfSignedScheme_AcceptsSelfSignedCertificate()
    {
        using var certificate = SelfSigned();
        await using var server = new FakeBoltServer(Array.Empty<string>()) { Certificate = certificate };
        server.Load(Scripts.Connect54 + "C: GOODBYE");
        await using (var client = Neo4jClient.Create(Scripts.Options(new Uri($"bolt+ssc://{server.Address}"))))
        {
            await client.VerifyConnectivityAsync();
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task VerifiedScheme_RefusesSelfSignedCertificate()
    {
        using var certificate = SelfSigned();
        await using var server = new FakeBoltServer(Array.Empty<string>()) { Certificate = certificate };
        server.Load(Scripts.Connect54);
        await using var client = Neo4jClient.Create(Scripts.Options(new Uri($"bolt+s://{server.Address}")));
        var error = await Assert.ThrowsAsync<Neo4jServiceUnavailableException>(() => client.VerifyConnectivityAsync());
        Assert.Contains(server.Address, error.Message, StringComparison.Ordinal);
    }
}
