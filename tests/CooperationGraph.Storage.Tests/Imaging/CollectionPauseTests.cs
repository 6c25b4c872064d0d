using System.Runtime;
using CooperationGraph.Storage.Imaging;

namespace CooperationGraph.Storage.Tests.Imaging;

/// <summary>The best-effort pause of garbage collections while a large image is read.</summary>
public sealed class CollectionPauseTests
{
    [Fact]
    public void ALargeImage_HoldsOffCollections_UntilTheReadEnds()
    {
        using (CollectionPause.Begin(32 << 20))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);
            var garbage = new List<byte[]>();
            for (var block = 0; block < 64; block++)
            {
                garbage.Add(new byte[64 << 10]);
            }

            Assert.Equal(collections, GC.CollectionCount(0));
            GC.KeepAlive(garbage);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void ASmallImage_StartsNoPause()
    {
        using (CollectionPause.Begin(64 << 10))
        {
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void APauseAlreadyInEffect_IsNeitherRefusedNorEndedByASecondOne()
    {
        using (CollectionPause.Begin(32 << 20))
        {
            using (CollectionPause.Begin(32 << 20))
            {
                Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }

            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
