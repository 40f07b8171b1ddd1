using System.Security.Cryptography;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Worker.Intake;
using Microsoft.Data.Sqlite;
using Quartz;

namespace Ingest.Tests.Worker.Intake;

/// <summary>
/// The intake behind the sources and the upload: bytes archived by SHA-256 before anything else, one
/// durable recoverable job per new document, the same bytes from two places one document with two provenances.
/// </summary>
[TestFixture]
public sealed class DocumentIntakeTests
{
    private static readonly DateTimeOffset Found = new(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);

    private IntakeRig _rig = null!;

    [SetUp]
    public async Task SetUp() => _rig = await IntakeRig.CreateAsync();

    [TearDown]
    public async Task TearDown() => await _rig.DisposeAsync();

    [Test]
    public async Task A_new_document_is_archived_and_queued_as_one_durable_job_that_requests_recovery()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.Repo.Samples, "s03", "s03.pdf"));
        var id = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var receipt = await Submit(bytes, "folder", "/drop/s03.pdf", runId: 7);

        var job = await _rig.Scheduler.GetJobDetail(new JobKey(id, DocumentJobData.Group));
        Assert.Multiple(() =>
        {
            Assert.That(receipt, Is.EqualTo(new IntakeReceipt(id, AlreadyKnown: false)));
            Assert.That(File.ReadAllBytes(_rig.Archive.PathFor(id)), Is.EqualTo(bytes), "the original is archived under its SHA-256");
            Assert.That(job, Is.Not.Null);
            Assert.That(job!.Durable, Is.True);
            Assert.That(job.RequestsRecovery, Is.True);
            var data = DocumentJobData.From(job.JobDataMap);
            Assert.That(data.ArchivePath, Is.EqualTo(_rig.Archive.PathFor(id)));
            Assert.That(data.Source, Is.EqualTo(new Provenance("folder", "/drop/s03.pdf", "s03.pdf", Found)));
            Assert.That(data.RunId, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task The_same_bytes_from_two_sources_are_one_job_and_two_provenances()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.Repo.Samples, "s04", "s04.pdf"));

        var first = await Submit(bytes, "folder", "/drop/s04.pdf", runId: 1);
        var second = await Submit(bytes, "http", "https://board.example/files/s04.pdf", runId: 1);
        var again = await Submit(bytes, "folder", "/drop/s04.pdf", runId: 2);

        var jobs = await _rig.Scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(DocumentJobData.Group));
        var provenances = await ProvenanceLocations(first.DocumentId);
        Assert.Multiple(() =>
        {
            Assert.That((first.AlreadyKnown, second.AlreadyKnown, again.AlreadyKnown), Is.EqualTo((false, true, true)));
            Assert.That(second.DocumentId, Is.EqualTo(first.DocumentId));
            Assert.That(jobs, Has.Count.EqualTo(1));
            Assert.That(provenances, Is.EquivalentTo(new[] { "/drop/s04.pdf", "https://board.example/files/s04.pdf" }));
        });
    }

    [Test]
    public async Task A_document_already_stored_gets_the_new_provenance_and_no_job()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.Repo.Samples, "s05", "s05.pdf"));
        var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = await _rig.Archive.StoreAsync(id, bytes, CancellationToken.None);
        var run = await _rig.Store.StartRunAsync(Found, "cli", CancellationToken.None);
        var earlier = new Provenance("file", "/cli/s05.pdf", "s05.pdf", Found);
        await _rig.Store.ClaimAsync(new DocumentClaim(id, "s05.pdf", earlier, bytes.Length, path, 3, false), run, CancellationToken.None);
        await _rig.Store.SaveResultAsync(new IngestDocument(id, "s05.pdf", earlier, bytes) { Status = DocumentStatus.Ingested }, run, CancellationToken.None);

        var receipt = await Submit(bytes, "folder", "/drop/copy-of-s05.pdf", runId: 2);

        Assert.Multiple(async () =>
        {
            Assert.That(receipt.AlreadyKnown, Is.True);
            Assert.That(await _rig.Scheduler.Exists(new JobKey(id, DocumentJobData.Group)), Is.False, "nothing to do: no job");
            Assert.That(await ProvenanceLocations(id), Is.EquivalentTo(new[] { "/cli/s05.pdf", "/drop/copy-of-s05.pdf" }));
            Assert.That((await _rig.Store.GetAsync(id, CancellationToken.None))!.Status, Is.EqualTo(DocumentStatus.Ingested));
        });
    }

    [Test]
    public async Task A_document_left_processing_whose_job_is_still_stored_gets_a_new_trigger_not_a_second_job()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.Repo.Samples, "s07", "s07.pdf"));
        var first = await Submit(bytes, "folder", "/drop/s07.pdf", runId: 1);
        var jobKey = new JobKey(first.DocumentId, DocumentJobData.Group);
        var triggerKey = new TriggerKey(first.DocumentId, DocumentJobData.Group);

        // The trigger fired and its execution claimed the document, then the process died without Quartz recovering it.
        await _rig.Scheduler.UnscheduleJob(triggerKey);
        var path = _rig.Archive.PathFor(first.DocumentId);
        await _rig.Store.ClaimAsync(new DocumentClaim(first.DocumentId, "s07.pdf", new Provenance("folder", "/drop/s07.pdf", "s07.pdf", Found), bytes.Length, path, 3, false), 1, CancellationToken.None);

        var again = await Submit(bytes, "folder", "/drop/s07.pdf", runId: 2);

        var jobs = await _rig.Scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(DocumentJobData.Group));
        var trigger = await _rig.Scheduler.GetTrigger(triggerKey);
        Assert.Multiple(() =>
        {
            Assert.That(again.AlreadyKnown, Is.True);
            Assert.That(jobs, Is.EqualTo(new[] { jobKey }), "still one job for the document");
            Assert.That(trigger, Is.Not.Null, "queued again so the document is finished");
            Assert.That(DocumentJobData.From(trigger!.JobDataMap).RunId, Is.EqualTo(2), "under the scan that found it left over");
        });
    }

    private async Task<IntakeReceipt> Submit(byte[] bytes, string kind, string location, long runId)
    {
        using var stream = new MemoryStream(bytes);
        return await _rig.Intake.SubmitAsync(stream, new Provenance(kind, location, Path.GetFileName(location), Found), runId, CancellationToken.None);
    }

    private async Task<List<string>> ProvenanceLocations(string id)
    {
        await using var c = new SqliteConnection($"Data Source={_rig.DatabasePath};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT location FROM provenance WHERE document_id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
