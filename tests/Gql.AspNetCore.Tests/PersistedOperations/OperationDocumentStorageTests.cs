using System.Text;

namespace Gql.AspNetCore.Tests;

public sealed class OperationDocumentStorageTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gql-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task File_system_storage_saves_and_reads_documents_as_graphql_files()
    {
        var storage = new FileSystemOperationDocumentStorage(_directory);

        await storage.SaveAsync("abc123", "{ hello }");
        var fresh = new FileSystemOperationDocumentStorage(_directory);

        Assert.Equal("{ hello }", await fresh.TryReadAsync("abc123"));
        Assert.True(File.Exists(Path.Combine(_directory, "abc123.graphql")));
        Assert.Null(await fresh.TryReadAsync("missing"));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task File_system_storage_never_reads_outside_its_directory(string id)
    {
        var storage = new FileSystemOperationDocumentStorage(_directory);

        Assert.Null(await storage.TryReadAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.SaveAsync(id, "{ hello }").AsTask());
    }

    [Fact]
    public void Manifest_maps_ids_without_the_sha256_prefix()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "sha256:ABC": "{ a }", "plain": "{ b }" }"""));

        var documents = TrustedDocumentManifest.Read(json);

        Assert.Equal("{ a }", documents["ABC"]);
        Assert.Equal("{ b }", documents["plain"]);
    }

    [Fact]
    public void Manifest_with_a_non_string_entry_is_rejected()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "a": 1 }"""));

        Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Read(json));
    }

    [Fact]
    public void Sha256_of_a_document_is_lower_case_hex()
    {
        var hash = PersistedDocumentIds.Sha256Of("{ hello }");

        Assert.Equal(64, hash.Length);
        Assert.Equal(hash.ToLowerInvariant(), hash);
        Assert.True(PersistedDocumentIds.IsHashOf("sha256:" + hash.ToUpperInvariant(), "{ hello }"));
        Assert.False(PersistedDocumentIds.IsHashOf(hash, "{ hello2 }"));
    }
}
