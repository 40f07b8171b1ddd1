using System.Security.Cryptography;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Worker.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ingest.Worker.Intake;

/// <summary>
/// The path every new original takes in the hosted worker (sources and the web UI's upload): the bytes
/// are archived by SHA-256 first, so nothing handed in is ever lost; a document the store already has
/// gets this provenance added; a new one gets a durable, recoverable Quartz job that runs the pipeline.
/// </summary>
public sealed class DocumentIntake(
    IContentArchive archive,
    ISourceLedger ledger,
    ISchedulerFactory schedulers,
    ILogger<DocumentIntake> log) : IDocumentIntake
{
    /// <summary>An upload (the web UI): the name the user gave the file is the name it is stored under.</summary>
    public Task<IntakeReceipt> SubmitAsync(Stream content, string fileName, Provenance provenance, CancellationToken cancellationToken) =>
        SubmitAsync(content, string.IsNullOrWhiteSpace(fileName) ? provenance : provenance with { FileName = Path.GetFileName(fileName) }, null, cancellationToken);

    /// <param name="runId">The scan's run, recorded on the document; null for an upload (its job records a run of its own).</param>
    public async Task<IntakeReceipt> SubmitAsync(Stream content, Provenance provenance, long? runId, CancellationToken cancellationToken)
    {
        var (id, archivePath) = await ArchiveAsync(content, cancellationToken);
        var status = await ledger.StatusOfAsync(id, cancellationToken);

        // Every submission's provenance is recorded now, even before the document's job has run: the
        // same bytes handed in twice before the pipeline reaches them are one document with two provenances.
        await ledger.AddProvenanceAsync(id, provenance, cancellationToken);

        if (status is null or DocumentStatus.Processing)
        {
            // Processing: a run that died holding it; its job (if Quartz still has one) resumes it, else this one does.
            var queued = await ScheduleAsync(new DocumentJobData(id, archivePath, provenance, runId), cancellationToken);
            log.LogInformation(
                "Intake {DocumentId} from {Location}: {Action}",
                id,
                provenance.Location,
                queued ? "queued for the pipeline" : "already queued");
            return new IntakeReceipt(id, AlreadyKnown: status is not null || !queued);
        }

        return new IntakeReceipt(id, AlreadyKnown: true);
    }

    /// <summary>
    /// Queues the document's job unless a trigger for it is already waiting or running. A job left from an
    /// earlier pass (durable jobs stay in the store) gets a new trigger rather than a second job.
    /// </summary>
    private async Task<bool> ScheduleAsync(DocumentJobData data, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggerKey = new TriggerKey(data.DocumentId, DocumentJobData.Group);
        if (await scheduler.Exists(triggerKey, cancellationToken))
        {
            return false;
        }

        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(triggerKey)
            .ForJob(data.JobKey)
            .UsingJobData(data.ToMap())
            .WithExecutionGroup(QuartzSetup.DocumentsExecutionGroup)
            .StartNow()
            .Build();
        try
        {
            if (await scheduler.Exists(data.JobKey, cancellationToken))
            {
                await scheduler.ScheduleJob(trigger, default, cancellationToken);
            }
            else
            {
                var job = JobBuilder.Create<ProcessDocumentJob>()
                    .WithIdentity(data.JobKey)
                    .WithDescription(data.Source.Location)
                    .UsingJobData(data.ToMap())
                    .StoreDurably()
                    .RequestRecovery()
                    .Build();
                await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
            }

            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another submission (an upload beside a scan) queued the same bytes a moment ago.
            return false;
        }
    }

    /// <summary>Copies the stream to a temporary file while hashing it, then moves it into the archive under its SHA-256.</summary>
    private async Task<(string Id, string Path)> ArchiveAsync(Stream content, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"ingest-intake-{Guid.NewGuid():N}.tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = File.Create(temp))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var id = Convert.ToHexStringLower(hash.GetHashAndReset());
            return (id, await archive.StoreFileAsync(id, temp, cancellationToken));
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
