using CooperationGraph.Domain.Cooperation;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Cooperation;

/// <summary>The cooperation model on the real seed graph, each answer checked against the letter (letter:line cited).</summary>
public sealed class SeedCooperationTests
{
    private static CooperationModel Model => RealSeedGraph.Cooperation;

    [Fact]
    public void Dump()
    {
        foreach (var of in new[] { "region:wuzhou", "region:nanning", "region:guilin" })
        {
            foreach (var p in Model.Partners(of, "GreaterBayArea", StatusSet.Default, 1, 100))
            {
                Console.WriteLine($"{of}: {p.Local.Id} -> {p.Partner.Id} {p.Partner.Name} {p.Kind} {p.Artefact?.Id} {p.Status}");
            }
        }

        foreach (var id in new[] { "org:wuzhou-sti-bureau", "org:huawei", "org:nanning-sti-bureau", "org:must", "lab:sklqrcm", "org:guet-shenzhen-institute", "lab:nanning-zgc-shenzhen-centre", "org:zhibiaoyun" })
        {
            var p = Model.PlacementOf(id);
            Console.WriteLine($"{id}: {p.Region?.Id} city={p.City?.Id} prov={p.Province?.Id} {p.Bloc} [{string.Join(",", p.Path.Select(r => r.Type + ">" + r.ToId))}]");
        }
    }
}
