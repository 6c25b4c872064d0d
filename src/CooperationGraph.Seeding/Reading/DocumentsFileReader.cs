using CooperationGraph.Seeding.Records;
using CooperationGraph.Seeding.Values;
using CooperationGraph.Seeding.Yaml;

namespace CooperationGraph.Seeding.Reading;

/// <summary>Reads <c>documents.yaml</c> and the text of every letter it names.</summary>
internal static class DocumentsFileReader
{
    public const string FileName = "documents.yaml";

    private static readonly string[] Keys =
        ["id", "kind", "file", "title", "titleEn", "number", "date", "issuer", "addressee", "leadAgency", "coHandlingAgencies", "citation"];

    public static void Read(string seedDirectory, SeedSet set, SeedErrorCollector errors)
    {
        var path = Path.Combine(seedDirectory, FileName);
        if (!File.Exists(path))
        {
            errors.Add(new SourcePosition(FileName, 1, 1), $"the seed-data directory has no {FileName}");
            return;
        }

        if (YamlFileReader.ReadRootMapping(path, FileName, errors) is not { } rootNode)
        {
            return;
        }

        var root = new YamlMapping(rootNode, FileName, errors, FileName);
        root.RejectUnknownKeys(["documents"]);
        if (!root.Has("documents"))
        {
            root.ReportMissing("documents");
        }

        foreach (var document in root.MappingList("documents", (index, node) => ContextOf(index, node)))
        {
            if (ReadDocument(document) is { } record)
            {
                set.Documents.Add(record);
                ReadText(seedDirectory, record, set, errors);
            }
        }
    }

    private static DocumentRecord? ReadDocument(YamlMapping document)
    {
        document.RejectUnknownKeys(Keys);
        var id = document.Scalar("id", required: true);
        var kind = document.Scalar("kind", required: true);
        var file = document.Scalar("file");
        var title = document.Scalar("title", required: true);
        var citation = document.Scalar("citation");
        var date = document.Mapping("date", $"the date of {document.Context}") is { } dateNode ? StatedDateReader.Read(dateNode) : null;
        if (kind is not null && !DocumentRecord.Kinds.Contains(kind.Value))
        {
            document.Errors.Add(kind.At, $"unknown document kind '{kind.Value}'; expected one of: {string.Join(", ", DocumentRecord.Kinds)}");
            return null;
        }

        if (id is null || kind is null || title is null)
        {
            return null;
        }

        var isLetter = kind.Value != DocumentRecord.ReferenceKind;
        if (isLetter && file is null)
        {
            document.ReportMissing("file");
        }

        if (!isLetter && file is not null)
        {
            document.Errors.Add(file.At, $"{document.Context} is a reference work: only letters have a 'file'");
        }

        if (!isLetter && citation is null)
        {
            document.ReportMissing("citation");
        }

        return new DocumentRecord(
            document.At, id, kind, file, title.Value, document.Scalar("titleEn")?.Value, document.Scalar("number")?.Value, date,
            document.Scalar("issuer"), document.Scalar("addressee"), document.Scalar("leadAgency"),
            document.ScalarList("coHandlingAgencies"), citation?.Value);
    }

    private static void ReadText(string seedDirectory, DocumentRecord document, SeedSet set, SeedErrorCollector errors)
    {
        if (document.File is not { } file || !document.IsLetter)
        {
            return;
        }

        var root = Path.GetFullPath(seedDirectory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(seedDirectory, file.Value));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            errors.Add(file.At, $"document file '{file.Value}' of '{document.Id.Value}' lies outside the seed-data directory");
        }
        else if (!File.Exists(path))
        {
            errors.Add(file.At, $"document file '{file.Value}' of '{document.Id.Value}' does not exist");
        }
        else
        {
            set.DocumentTexts[document.Id.Value] = File.ReadAllText(path);
        }
    }

    private static string ContextOf(int index, YamlDotNet.RepresentationModel.YamlMappingNode node) =>
        node.Children.TryGetValue("id", out var id) && id is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } value }
            ? $"document '{value}'"
            : $"document {index}";
}
