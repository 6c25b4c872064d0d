using System.CommandLine;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.Seeding;

namespace CooperationGraph.Cli;

/// <summary>
/// <c>export --format cypher|neo4j-admin --out PATH [--seed-data DIR] [--model FILE]</c>: loads and validates the seed
/// data, then writes the Cypher script (a file) or the neo4j-admin CSV files (a directory).
/// </summary>
internal static class ExportCommand
{
    public const string CypherFormat = "cypher";
    public const string AdminFormat = "neo4j-admin";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format")
        {
            Description = "cypher: an idempotent MERGE script (a file); neo4j-admin: CSV files for 'neo4j-admin database import' (a directory).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(CypherFormat, AdminFormat);
        var destination = new Option<string>("--out") { Description = "The script file (cypher) or the output directory (neo4j-admin).", Required = true };
        var seedData = new Option<string>("--seed-data") { Description = "The seed data directory.", DefaultValueFactory = _ => "seed-data" };
        var model = new Option<string>("--model") { Description = "The graph model.", DefaultValueFactory = _ => Path.Combine("graph-schema", "model.yaml") };
        var command = new Command("export", "Export the seed graph for Neo4j.") { format, destination, seedData, model };
        command.SetAction(parsed => Run(
            parsed.GetValue(format)!, parsed.GetValue(destination)!, parsed.GetValue(seedData)!, parsed.GetValue(model)!, output, error));
        return command;
    }

    private static int Run(string format, string destination, string seedData, string modelPath, TextWriter output, TextWriter error)
    {
        if (!File.Exists(modelPath))
        {
            return Usage(error, $"--model: the file '{modelPath}' does not exist.");
        }

        if (!Directory.Exists(seedData))
        {
            return Usage(error, $"--seed-data: the directory '{seedData}' does not exist.");
        }

        if (format == CypherFormat && Directory.Exists(destination))
        {
            return Usage(error, $"--out: '{destination}' is a directory; the cypher format writes one file.");
        }

        if (format == AdminFormat && File.Exists(destination))
        {
            return Usage(error, $"--out: '{destination}' is a file; the neo4j-admin format writes a directory of files.");
        }

        try
        {
            var snapshot = SeedLoader.Load(seedData, GraphModelLoader.Load(modelPath));
            var written = Export(format, snapshot, destination);
            output.WriteLine($"Exported {snapshot.Nodes.Count} nodes and {snapshot.Relationships.Count} relationships as {format}: {string.Join(", ", written)}");
            return ExitCodes.Success;
        }
        catch (SeedDataException ex)
        {
            error.WriteLine("The seed data is invalid:");
            foreach (var problem in ex.Errors.Count > 0 ? ex.Errors.Select(found => found.ToString()) : [ex.Message])
            {
                error.WriteLine("  " + problem);
            }

            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is GraphStoreException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Export failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static IReadOnlyList<string> Export(string format, GraphSnapshot snapshot, string destination)
    {
        if (format == CypherFormat)
        {
            Neo4jExport.WriteCypherScript(snapshot, destination);
            return [destination];
        }

        return Neo4jExport.WriteAdminCsv(snapshot, destination).Select(file => Path.Combine(destination, file)).ToList();
    }

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        return ExitCodes.Usage;
    }
}
