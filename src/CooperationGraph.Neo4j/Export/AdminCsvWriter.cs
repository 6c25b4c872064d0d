using System.Text;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Export;

/// <summary>
/// Writes a graph as <c>neo4j-admin database import</c> input: one node file per concrete label
/// (<c>nodes-University.csv</c>: <c>id:ID</c>, <c>:LABEL</c>, typed property columns) and one relationship file per type
/// (<c>relationships-CO_BUILDS.csv</c>: <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, <c>id</c>, typed columns), the
/// same stored property maps as the store and the Cypher script, plus <c>schema.cypher</c> and the import command.
/// </summary>
internal static class AdminCsvWriter
{
    public const string NodePrefix = "nodes-";
    public const string RelationshipPrefix = "relationships-";
    public const string CommandFile = "import-command.txt";
    public const string SchemaFile = "schema.cypher";

    // ';' is neo4j-admin's default; when some list element holds it, the first candidate no element holds is used.
    private static readonly char[] DelimiterCandidates = [';', '|', '\u001F', '\u001E'];

    /// <summary>Writes every file into <paramref name="directory"/> (created if absent) and returns their names.</summary>
    public static IReadOnlyList<string> Write(GraphSnapshot snapshot, string directory)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ExportChecks.DocumentTextsHaveNodes(snapshot);
        var delimiter = ChooseDelimiter(snapshot);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in snapshot.Nodes.GroupBy(node => node.Label, StringComparer.Ordinal))
        {
            var file = NodePrefix + FileNamePart(group.Key) + ".csv";
            var rows = group.OrderBy(node => node.Id, StringComparer.Ordinal)
                .Select(node => (Node: node, Map: StoredRecordWriter.Node(node, snapshot.DocumentTexts.GetValueOrDefault(node.Id))))
                .ToList();
            files[file] = Table(file, ["id:ID", ":LABEL"], rows, delimiter, (output, node) =>
            {
                CsvCell.WriteQuoted(output, node.Id);
                output.Append(',');
                CsvCell.WriteQuoted(output, string.Join(delimiter, node.Labels.Prepend("Entity").Distinct(StringComparer.Ordinal)));
            });
        }

        foreach (var group in snapshot.Relationships.GroupBy(relationship => relationship.Type, StringComparer.Ordinal))
        {
            var file = RelationshipPrefix + FileNamePart(group.Key) + ".csv";
            var rows = group.OrderBy(relationship => relationship.Id, StringComparer.Ordinal)
                .Select(relationship => (Relationship: relationship, Map: StoredRecordWriter.Relationship(relationship)))
                .ToList();
            files[file] = Table(file, [":START_ID", ":END_ID", ":TYPE"], rows, delimiter, (output, relationship) =>
            {
                CsvCell.WriteQuoted(output, relationship.FromId);
                output.Append(',');
                CsvCell.WriteQuoted(output, relationship.ToId);
                output.Append(',');
                CsvCell.WriteQuoted(output, relationship.Type);
            });
        }

        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        File.WriteAllText(Path.Combine(directory, SchemaFile), string.Concat(SchemaStatements.GraphSchema.Select(statement => statement + ";\n")));
        File.WriteAllText(Path.Combine(directory, CommandFile), Command(files.Keys, delimiter) + "\n");
        return [.. files.Keys, SchemaFile, CommandFile];
    }

    /// <summary>The import command line for the files written, run from the directory that holds them.</summary>
    public static string Command(IEnumerable<string> files, char delimiter)
    {
        var command = new StringBuilder("neo4j-admin database import full neo4j --overwrite-destination=true --array-delimiter=\"")
            .Append(DelimiterArgument(delimiter)).Append("\" --multiline-fields=true");
        foreach (var file in files)
        {
            command.Append(file.StartsWith(NodePrefix, StringComparison.Ordinal) ? " --nodes=" : " --relationships=").Append(file);
        }

        return command.ToString();
    }

    /// <summary>The delimiter as neo4j-admin's <c>--array-delimiter</c> takes it: the character, or <c>U+001F</c> for a control.</summary>
    public static string DelimiterArgument(char delimiter) => char.IsControl(delimiter) ? $"U+{(int)delimiter:X4}" : delimiter.ToString();

    /// <summary>Reads a <see cref="DelimiterArgument"/> back.</summary>
    public static char ParseDelimiter(string argument) =>
        argument.StartsWith("U+", StringComparison.Ordinal) ? (char)Convert.ToInt32(argument[2..], 16) : argument.Single();

    private static char ChooseDelimiter(GraphSnapshot snapshot)
    {
        var texts = snapshot.Nodes.SelectMany(node => node.Aliases.Concat(node.Labels).Concat(StringLists(node.Properties)))
            .Concat(snapshot.Relationships.SelectMany(relationship => StringLists(relationship.Properties)))
            .ToList();
        foreach (var candidate in DelimiterCandidates)
        {
            if (!texts.Any(text => text.Contains(candidate, StringComparison.Ordinal)))
            {
                return candidate;
            }
        }

        throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, "Every array delimiter neo4j-admin could use occurs inside some list element.");
    }

    private static IEnumerable<string> StringLists(IReadOnlyDictionary<string, object> properties) =>
        properties.Values.Where(value => value is not string).OfType<IEnumerable<string>>().SelectMany(list => list);

    private static string Table<T>(
        string file, string[] fixedHeaders, List<(T Record, Dictionary<string, object?> Map)> rows, char delimiter, Action<StringBuilder, T> writeFixed)
    {
        var columns = Columns(file, rows.ConvertAll(row => row.Map), fixedHeaders[0] == "id:ID" ? StoredKeys.Id : null, delimiter);
        var output = new StringBuilder();
        output.AppendJoin(',', fixedHeaders.Concat(columns.Select(column => column.Header))).Append('\n');
        foreach (var (record, map) in rows)
        {
            writeFixed(output, record);
            foreach (var column in columns)
            {
                output.Append(',');
                column.Write(output, map.GetValueOrDefault(column.Key), map[StoredKeys.Id] as string ?? "?");
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    // The node id lives in the id:ID column (neo4j-admin stores it as the property 'id'), so it is not repeated.
    private static List<AdminCsvColumn> Columns(string file, List<Dictionary<string, object?>> rows, string? skipped, char delimiter)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in rows.SelectMany(row => row).Where(pair => pair.Key != skipped && pair.Value is not null))
        {
            var type = AdminCsvColumn.TypeOf(value!, key, file);
            if (types.TryGetValue(key, out var earlier) && earlier != type)
            {
                throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"{file}: '{key}' holds both {earlier} and {type} values; a CSV column has one type.");
            }

            types[key] = type;
        }

        return types.Select(pair => new AdminCsvColumn(pair.Key, pair.Value, delimiter)).ToList();
    }

    private static string FileNamePart(string name) =>
        CypherNames.IsIdentifier(name) ? name : throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"'{name}' is not a plain label or type name.");
}
