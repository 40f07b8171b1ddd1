using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Storage.Postgres;
using Ingest.Tests.Support;

namespace Ingest.Tests.Storage.Postgres;

/// <summary>What `ingest serve` on PostgreSQL asks the store beside the document contract (the same answers as SQLite's ledger).</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PostgresSourceLedgerTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task An_unknown_document_has_no_status_and_a_provenance_recorded_before_its_row_is_kept_once_per_place()
    {
        await using var harness = await PostgresDocumentStoreTests.PostgresHarness.CreateAsync();
        await using var ledger = new PostgresSourceLedger(harness.ConnectionString);
        const string id = "abc123";
        var where = new Provenance("folder", "/inbox/a.pdf", "a.pdf", Found);

        Assert.That(await ledger.StatusOfAsync(id, CancellationToken.None), Is.Null, "bytes never seen");
        await ledger.AddProvenanceAsync(id, where, CancellationToken.None);
        await ledger.AddProvenanceAsync(id, where with { RetrievedAt = Found.AddDays(1) }, CancellationToken.None);
        await ledger.AddProvenanceAsync(id, where with { Location = "/inbox/copy.pdf" }, CancellationToken.None);

        var rows = await harness.QueryAsync("SELECT location FROM provenance WHERE document_id = 'abc123' ORDER BY location");
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "/inbox/a.pdf", "/inbox/copy.pdf" }), "one row per place, before the document row exists");
    }

    [Test]
    public async Task Http_validators_are_remembered_and_replaced_per_url()
    {
        await using var harness = await PostgresDocumentStoreTests.PostgresHarness.CreateAsync();
        await using var ledger = new PostgresSourceLedger(harness.ConnectionString);
        const string url = "https://example.org/reviews/a.pdf";

        Assert.That(await ledger.ValidatorsAsync(url, CancellationToken.None), Is.Null);
        await ledger.SaveValidatorsAsync(new HttpValidators(url, "\"v1\"", Found, null), Found, CancellationToken.None);
        await ledger.SaveValidatorsAsync(new HttpValidators(url, "\"v2\"", Found.AddDays(1), "doc-1"), Found.AddDays(1), CancellationToken.None);

        Assert.That(await ledger.ValidatorsAsync(url, CancellationToken.None), Is.EqualTo(new HttpValidators(url, "\"v2\"", Found.AddDays(1), "doc-1")));
    }
}
