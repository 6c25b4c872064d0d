using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class DocumentFileTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_LetterFileMissing_IsReportedAtTheFileField()
    {
        _fixture.Delete("letters/test.txt");

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 4, "document file 'letters/test.txt' of 'doc:test-letter' does not exist");
    }

    [Fact]
    public void Load_LetterFileOutsideSeedData_IsRejected()
    {
        _fixture.Write("documents.yaml", SeedFixture.Documents.Replace("file: letters/test.txt", "file: ../../etc/hostname", StringComparison.Ordinal));

        SeedAssert.SingleError(_fixture.LoadErrors(), "documents.yaml", 4, "lies outside the seed-data directory");
    }

    [Fact]
    public void Load_NoDocumentsFile_IsReported()
    {
        _fixture.Delete("documents.yaml");

        SeedAssert.HasError(_fixture.LoadErrors(), "documents.yaml", 1, "has no documents.yaml");
    }

    [Fact]
    public void Load_MissingDirectory_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => SeedLoader.Load(Path.Combine(_fixture.Path, "absent"), TestModel.Model));
}
