using Ingest.Cli;
using Ingest.Storage.Migration;
using Ingest.Storage.Postgres;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>
/// `ingest search --db postgres://...` as a user types it, over the three-sample store copied into a
/// database of its own by `ingest migrate`'s copy: hits as on SQLite, an empty index built once on its
/// own, and `--reindex` counting the same sentences the copy indexed.
/// </summary>
[TestFixture]
public sealed class SearchOnPostgresTests
{
    private string _url = string.Empty;
    private string _database = string.Empty;

    [OneTimeSetUp]
    public async Task CopyTheSamplesIntoPostgres()
    {
        var samples = await SampleStore.GetAsync();
        (_url, _database) = await TestPostgres.CreateDatabaseAsync();
        await using var target = new PostgresDocumentStore(TestPostgres.ConnectionStringFor(_database), TimeProvider.System);
        await SqliteToPostgres.CopyAsync(samples.DatabasePath, target, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DropTheCopy()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await TestPostgres.DropDatabaseAsync(_database);
    }

    private static async Task<(int Code, string Out, string Err)> Ingest(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    [Order(1)]
    public async Task Search_prints_each_hit_with_its_review_page_and_snippet()
    {
        var (code, output, error) = await Ingest("search", "\"welfare check\"", "--type", "CSPR", "--limit", "2", "--db", _url);

        Assert.That(code, Is.Zero, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("1. ").And.Contain("(s01.pdf, p. "));
        Assert.That(lines[1], Does.Contain("[welfare check"));
        Assert.That(lines[^1], Is.EqualTo("search: 2 sentence(s)"));
    }

    [Test]
    [Order(2)]
    public async Task An_empty_index_is_built_once_and_a_reindex_finds_the_same_sentences()
    {
        var indexed = (long)(await TestPostgres.QueryAsync(TestPostgres.ConnectionStringFor(_database), "SELECT COUNT(*) FROM search_sentences"))[0][0]!;
        await TestPostgres.ExecuteAsync(TestPostgres.ConnectionStringFor(_database), "DELETE FROM search_sentences");

        var first = await Ingest("search", "police", "--limit", "1", "--db", _url);
        var reindex = await Ingest("search", "--reindex", "--db", _url);

        Assert.That(indexed, Is.GreaterThan(100), "the copy indexed the samples");
        Assert.That(first.Out, Does.StartWith("search: the store was made before the search index; building it once now"));
        Assert.That(first.Out, Does.Contain("search: 1 sentence(s)"));
        Assert.That(reindex.Out.Trim(), Is.EqualTo($"search: index rebuilt, {indexed} sentence(s)"));
    }
}
