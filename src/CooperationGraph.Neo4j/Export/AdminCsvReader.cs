using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Reads back the CSV files <see cref="AdminCsvWriter"/> writes (every <c>nodes-*.csv</c> and
/// <c>relationships-*.csv</c> of a directory) into a <see cref="GraphSnapshot"/>. Malformed files are a
/// <see cref="FormatException"/> naming the file.
/// </summary>
internal static class AdminCsvReader
{
    public static GraphSnapshot Read(string directory)
    {
        var delimiter = Delimiter(directory);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, AdminCsvWriter.NodePrefix + "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var (fixedCells, map, file) in Rows(path, 2, delimiter))
            {
                map[StoredKeys.Id] = Text(fixedCells[0], file, "id:ID");
                var node = Decode(() => StoredRecordReader.Node(map), file);
                nodes.Add(node);
                if (StoredRecordReader.DocumentText(map) is { } text)
                {
                    texts[node.Id] = text;
                }
            }
        }

        foreach (var path in Directory.GetFiles(directory, AdminCsvWriter.RelationshipPrefix + "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var (fixedCells, map, file) in Rows(path, 3, delimiter))
            {
                relationships.Add(Decode(
                    () => StoredRecordReader.Relationship(map, Text(fixedCells[2], file, ":TYPE"), Text(fixedCells[0], file, ":START_ID"), Text(fixedCells[1], file, ":END_ID")),
                    file));
            }
        }

        return new GraphSnapshot(nodes, relationships, texts);
    }

    // The delimiter the writer chose is the one its import command names.
    private static char Delimiter(string directory)
    {
        var path = Path.Combine(directory, AdminCsvWriter.CommandFile);
        const string Option = "--array-delimiter=\"";
        var command = File.Exists(path) ? File.ReadAllText(path) : throw new FormatException($"{AdminCsvWriter.CommandFile} is missing from '{directory}'.");
        var start = command.IndexOf(Option, StringComparison.Ordinal);
        var end = start < 0 ? -1 : command.IndexOf('"', start + Option.Length);
        return end < 0
            ? throw new FormatException($"{AdminCsvWriter.CommandFile} names no --array-delimiter.")
            : AdminCsvWriter.ParseDelimiter(command[(start + Option.Length)..end]);
    }

    private static IEnumerable<(List<CsvCell> Fixed, Dictionary<string, object?> Map, string File)> Rows(string path, int fixedCount, char delimiter)
    {
        var file = Path.GetFileName(path);
        var rows = CsvCell.Parse(File.ReadAllText(path), file);
        if (rows.Count == 0 || rows[0].Count < fixedCount)
        {
            throw new FormatException($"{file}: the header is missing.");
        }

        var columns = rows[0].Skip(fixedCount).Select(cell => AdminCsvColumn.Parse(cell.Text, delimiter)).ToList();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != fixedCount + columns.Count)
            {
                throw new FormatException($"{file}: a row has {row.Count} fields where the header has {fixedCount + columns.Count}.");
            }

            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var index = 0; index < columns.Count; index++)
            {
                if (columns[index].Read(row[fixedCount + index], file) is { } value)
                {
                    map[columns[index].Key] = value;
                }
            }

            yield return (row.GetRange(0, fixedCount), map, file);
        }
    }

    private static string Text(CsvCell cell, string file, string column) =>
        cell.Text.Length > 0 ? cell.Text : throw new FormatException($"{file}: a row has an empty {column}.");

    private static T Decode<T>(Func<T> decode, string file)
    {
        try
        {
            return decode();
        }
        catch (GraphStoreException ex)
        {
            throw new FormatException($"{file}: {ex.Message}", ex);
        }
    }
}
