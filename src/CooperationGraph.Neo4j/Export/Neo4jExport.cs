using System.Text;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Exports a graph in the two forms Neo4j's own tools load — an idempotent Cypher script and <c>neo4j-admin database
/// import</c> CSV files — and reads both back. Every form carries the same stored property layout as the Neo4j store,
/// provenance and document texts included, so a round trip gives the identical graph.
/// </summary>
public static class Neo4jExport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the Cypher script to a file (UTF-8, LF, one statement per line).</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="path">The script file; its directory is created when absent.</param>
    /// <exception cref="GraphStoreException">A record cannot be stored in Neo4j (code <see cref="GraphStoreErrorCode.InvalidRecord"/>).</exception>
    public static void WriteCypherScript(GraphSnapshot snapshot, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var script = new StringWriter { NewLine = "\n" };
        CypherScriptWriter.Write(snapshot, script);
        CreateParent(path);
        File.WriteAllText(path, script.ToString(), Utf8);
    }

    /// <summary>Reads a script written by <see cref="WriteCypherScript"/>.</summary>
    /// <param name="path">The script file.</param>
    /// <returns>The graph it loads.</returns>
    /// <exception cref="FormatException">The file is not in the exporter's dialect; the message names the line.</exception>
    public static GraphSnapshot ReadCypherScript(string path)
    {
        using var reader = new StreamReader(path, Utf8);
        return CypherScriptReader.Read(reader);
    }

    /// <summary>Writes the node and relationship CSV files, <c>schema.cypher</c> and <c>import-command.txt</c>.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="directory">The output directory; created when absent.</param>
    /// <returns>The names of the files written.</returns>
    /// <exception cref="GraphStoreException">A record cannot be written as CSV (code <see cref="GraphStoreErrorCode.InvalidRecord"/>).</exception>
    public static IReadOnlyList<string> WriteAdminCsv(GraphSnapshot snapshot, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return AdminCsvWriter.Write(snapshot, directory);
    }

    /// <summary>Reads the CSV files written by <see cref="WriteAdminCsv"/>.</summary>
    /// <param name="directory">The directory holding them.</param>
    /// <returns>The graph they load.</returns>
    /// <exception cref="FormatException">A file is malformed; the message names it.</exception>
    public static GraphSnapshot ReadAdminCsv(string directory) => AdminCsvReader.Read(directory);

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }
}
