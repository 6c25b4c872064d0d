using System.Globalization;

namespace CooperationGraph.Storage.Tests;

/// <summary>
/// The entry point of this assembly when run as a child process (<c>dotnet exec CooperationGraph.Storage.Tests.dll
/// seed-child …</c>) by <see cref="KillDuringSeedingTests"/>; the test runner never calls it.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is [SeedChild.Verb, var databasePath, var nodeCount, var mode])
        {
            return SeedChild.RunAsync(databasePath, int.Parse(nodeCount, CultureInfo.InvariantCulture), mode).GetAwaiter().GetResult();
        }

        Console.Error.WriteLine($"usage: {SeedChild.Verb} <database path> <node count> <{SeedChild.BlockMode}|{SeedChild.FreeMode}>");
        return 2;
    }
}
