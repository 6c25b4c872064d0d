using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Neo4j.Tests.Export;

/// <summary>The neo4j-admin files: one per label and type, the headers the importer expects, RFC 4180 quoting, the command line.</summary>
public sealed class AdminCsvTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Files_ArePerLabelAndType_WithImporterHeaders()
    {
        var written = Neo4jExport.WriteAdminCsv(ContractGraph.Snapshot, _directory.Path);
        Assert.Contains("nodes-University.csv", written);
        Assert.Contains("relationships-CO_BUILDS.csv", written);
        var university = File.ReadAllLines(_directory.File("nodes-University.csv"));
        var header = university[0].Split(',');
        Assert.Equal(["id:ID", ":LABEL"], header[..2]);
        Assert.Contains("aliases:string[]", header);
        Assert.Contains("labelPath:string[]", header);
        Assert.Contains("sources", header);
        Assert.Contains(university, line => line.StartsWith("\"org:gxu\",\"Entity;Organisation;University\",", StringComparison.Ordinal));
        var enterprise = File.ReadAllLines(_directory.File("nodes-Enterprise.csv"))[0].Split(',');
        Assert.Contains("employees:long", enterprise);
        Assert.Contains("score:double", enterprise);
        Assert.Contains("listed:boolean", enterprise);
        var funds = File.ReadAllLines(_directory.File("relationships-FUNDS.csv"));
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], funds[0].Split(',')[..3]);
        Assert.Contains("amountValue:double", funds[0].Split(','));
        Assert.StartsWith("\"org:gx-dost\",\"lab:gx-sugarcane\",\"FUNDS\",", funds[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLine_ListsEveryDataFile()
    {
        var written = Neo4jExport.WriteAdminCsv(ContractGraph.Snapshot, _directory.Path);
        var command = File.ReadAllText(_directory.File("import-command.txt"));
        Assert.StartsWith("neo4j-admin database import full neo4j", command, StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=\";\"", command, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", command, StringComparison.Ordinal);
        foreach (var file in written.Where(file => file.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Assert.Contains((file.StartsWith("nodes-", StringComparison.Ordinal) ? "--nodes=" : "--relationships=") + file, command, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void QuotesAndNewlines_AreQuotedPerRfc4180()
    {
        var node = ContractGraph.Node("org:gxu") with { Name = "a \"quoted\", comma\nand newline" };
        Neo4jExport.WriteAdminCsv(new GraphSnapshot([node], [], new Dictionary<string, string>()), _directory.Path);
        Assert.Contains("\"a \"\"quoted\"\", comma\nand newline\"", File.ReadAllText(_directory.File("nodes-University.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void AnArrayElementHoldingSemicolon_SwitchesTheDelimiter_AndTheCommandNamesIt()
    {
        var node = ContractGraph.Node("org:gxu") with { Aliases = ["a;b", "c|d"] };
        var graph = new GraphSnapshot([node], [], new Dictionary<string, string>());
        Neo4jExport.WriteAdminCsv(graph, _directory.Path);
        Assert.Contains("--array-delimiter=\"U+001F\"", File.ReadAllText(_directory.File("import-command.txt")), StringComparison.Ordinal);
        Assert.Equal(["a;b", "c|d"], Neo4jExport.ReadAdminCsv(_directory.Path).Nodes.Single().Aliases);
    }

    [Fact]
    public void AColumnWithTwoTypes_IsRefused()
    {
        var first = ContractGraph.Node("org:gxu") with { Properties = new Dictionary<string, object> { ["rank"] = 1L } };
        var second = ContractGraph.Node("org:scut") with { Properties = new Dictionary<string, object> { ["rank"] = "first" } };
        var error = Assert.Throws<GraphStoreException>(() => Neo4jExport.WriteAdminCsv(new GraphSnapshot([first, second], [], new Dictionary<string, string>()), _directory.Path));
        Assert.Equal(GraphStoreErrorCode.InvalidRecord, error.Code);
    }
}
