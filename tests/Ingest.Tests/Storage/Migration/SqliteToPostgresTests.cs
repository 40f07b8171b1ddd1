using System.Data.Common;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Storage.Migration;
using Ingest.Storage.Postgres;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Storage.Migration;

/// <summary>
/// `ingest migrate` carries the analyst UI's tables: every login with its hash, role, failures and lock;
/// every decision in id order with every field; every coding assignment (the history, not only the
/// latest); and afterwards the log carries on (versions and ids) and stays append-only on PostgreSQL.
/// (The documents' own copy is compared field by field in the end-to-end PostgresStoreTests.)
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SqliteToPostgresTests
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private sealed class Stores : IAsyncDisposable
    {
        public required string Root { get; init; }
        public required string Schema { get; init; }
        public required string Postgres { get; init; }
        public string Sqlite => Path.Combine(Root, "ingest.db");

        public static async Task<Stores> CreateAsync()
        {
            var (cs, schema) = await TestPostgres.CreateSchemaAsync();
            return new Stores { Root = Directory.CreateTempSubdirectory("ingest-migrate-ui-").FullName, Schema = schema, Postgres = cs };
        }

        public async ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Root, recursive: true);
            await TestPostgres.DropSchemaAsync(Schema);
        }
    }

    private static IngestDocument Document(string id) =>
        new IngestDocument(id, id + ".pdf", new Provenance("file", $"/in/{id}.pdf", id + ".pdf", Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Ingested,
            Annotations =
            [
                new Annotation("a1", Labels.PoliceMention, 0, 8, "Officers", AnnotationAttributes.None, "rule", "suggested", 0.6, "t@1"),
                new Annotation("a2", Labels.GoodPractice, 10, 40, "The officer acted \"quickly\".", new AnnotationAttributes { Agency = "police" }, "rule", "suggested", 0.7, "t@1"),
            ],
            Rating = new ReviewRating(2, 0.7, new Dictionary<string, CriterionScore>(), "rating@1"),
        };

    /// <summary>A SQLite store as a team leaves it after using the UI: two reviews, three logins, decisions on several tracks, assignments.</summary>
    private static async Task SeedAsync(string db)
    {
        var clock = new DocumentStoreContractTests.SteppingClock();
        await using (var documents = new SqliteDocumentStore(db, clock))
        {
            await documents.MigrateAsync(None);
            var run = await documents.StartRunAsync(Found, "test", None);
            foreach (var id in new[] { "doc1", "doc2" })
            {
                await documents.ClaimAsync(new DocumentClaim(id, id + ".pdf", new Provenance("file", $"/in/{id}.pdf", id + ".pdf", Found), 10, $"/a/{id}.pdf", 3, false), run, None);
                await documents.SaveResultAsync(Document(id), run, None);
            }
        }

        using var users = new SqliteUserStore(db, clock);
        await users.MigrateAsync(None);
        await users.AddAsync("ann", "AQAAAAIAAYagAAAAEHash+ann/==", UserRole.Analyst, None);
        await users.AddAsync("bob", "AQAAAAIAAYagAAAAEHash+bob/==", UserRole.Lead, None);
        await users.AddAsync("ada", "AQAAAAIAAYagAAAAEHash+ada/==", UserRole.Admin, None);
        await users.RecordFailureAsync("bob", 2, Found.AddDays(400), None);
        await users.RecordFailureAsync("bob", 2, Found.AddDays(400), None);
        await users.RecordFailureAsync("ada", 5, Found.AddDays(400), None);
        await users.SetDisabledAsync("ada", "ann", true, None);

        using var decisions = new SqliteDecisionStore(db, clock);
        await decisions.MigrateAsync(None);
        await decisions.AssignAsync(new CodingAssignment("doc2", "ann", "bob", "ada", Found), None);
        await decisions.AssignAsync(new CodingAssignment("doc2", "ann", "ada", "bob", Found.AddHours(1)), None);
        await decisions.DecideAsync(new AnnotationDecision("doc1", "a1", DecisionTracks.Final, 0, DecisionAction.Accept, "ann"), None);
        await decisions.DecideAsync(new AnnotationDecision("doc1", "a1", DecisionTracks.Final, 1, DecisionAction.Reject, "bob", Reason: "not the police"), None);
        await decisions.DecideAsync(new AnnotationDecision("doc1", "a2", DecisionTracks.Final, 0, DecisionAction.Edit, "ann", Labels.MissedOpportunity, ["health"]), None);
        await decisions.DecideAsync(new RatingDecision("doc1", DecisionTracks.Final, 0, 4, "bob", "the IMR is analytical"), None);
        await decisions.DecideAsync(new AnnotationDecision("doc2", "a1", DecisionTracks.Coder("ann"), 0, DecisionAction.Accept, "ann"), None);
        await decisions.DecideAsync(new AnnotationDecision("doc2", "a1", DecisionTracks.Coder("ada"), 0, DecisionAction.Reject, "ada"), None);
    }

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are tenths of one.</summary>
    private static DateTimeOffset Micro(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    private static async Task<IReadOnlyList<DecisionRecord>> AllDecisionsAsync(IDecisionStore store) =>
        [.. (await store.HistoryAsync("doc1", None)).Concat(await store.HistoryAsync("doc2", None)).OrderBy(d => d.Id).Select(d => d with { DecidedAt = Micro(d.DecidedAt) })];

    [Test]
    public async Task Logins_decisions_and_assignments_arrive_field_by_field_and_the_log_carries_on()
    {
        await using var s = await Stores.CreateAsync();
        await SeedAsync(s.Sqlite);
        await using var target = new PostgresDocumentStore(s.Postgres, TimeProvider.System);

        var counts = await SqliteToPostgres.CopyAsync(s.Sqlite, target, None);

        Assert.That((counts.Documents, counts.Users, counts.Decisions, counts.CodingAssignments), Is.EqualTo((2, 3, 6, 2)));
        var clock = new DocumentStoreContractTests.SteppingClock(Found.AddDays(500));
        using var sqliteUsers = new SqliteUserStore(s.Sqlite, clock);
        await using var pgUsers = new PostgresUserStore(s.Postgres, clock);
        using var sqliteDecisions = new SqliteDecisionStore(s.Sqlite, clock);
        await using var pgDecisions = new PostgresDecisionStore(s.Postgres, clock);
        await pgDecisions.MigrateAsync(None);

        var usersBefore = (await sqliteUsers.ListAsync(None)).Select(u => u with { CreatedAt = Micro(u.CreatedAt) });
        Assert.That(await pgUsers.ListAsync(None), Is.EqualTo(usersBefore));
        Assert.That((await pgUsers.FindAsync("bob", None))!.LockedUntil, Is.EqualTo(Found.AddDays(400)), "the comparison covers a lock");
        Assert.That((await pgUsers.FindAsync("ann", None))!.Disabled, Is.True, "the comparison covers a disabled login");
        var loginLog = (await sqliteUsers.RecentEventsAsync(10, None)).Select(e => e with { At = Micro(e.At) });
        Assert.That(await pgUsers.RecentEventsAsync(10, None), Is.EqualTo(loginLog).And.Count.EqualTo(1), "the login log, ids kept");
        var decisionsBefore = await AllDecisionsAsync(sqliteDecisions);
        Assert.That(await AllDecisionsAsync(pgDecisions), Is.EqualTo(decisionsBefore));
        Assert.That(decisionsBefore.Select(d => d.Reason), Does.Contain("not the police"), "the comparison covers reasons");
        Assert.That(await pgDecisions.AssignmentsAsync(None), Is.EqualTo(await sqliteDecisions.AssignmentsAsync(None)));
        const string history = "SELECT id, document_id, first_coder, second_coder, assigned_by FROM coding_assignments ORDER BY id";
        Assert.That((await TestPostgres.QueryAsync(s.Postgres, history)).Select(r => string.Join('|', r)),
            Is.EqualTo(new[] { "1|doc2|ann|bob|ada", "2|doc2|ann|ada|bob" }), "the whole assignment history, ids kept");

        var stale = await pgDecisions.DecideAsync(new AnnotationDecision("doc1", "a1", DecisionTracks.Final, 1, DecisionAction.Accept, "ann"), None);
        var next = await pgDecisions.DecideAsync(new AnnotationDecision("doc1", "a1", DecisionTracks.Final, 2, DecisionAction.Accept, "ann"), None);
        Assert.That((stale.Kind, stale.Current!.DecidedBy), Is.EqualTo((DecisionOutcomeKind.Conflict, "bob")), "versions carry on after the copy");
        Assert.That((next.Kind, next.Version), Is.EqualTo((DecisionOutcomeKind.Stored, 3)));
        Assert.That((await pgDecisions.HistoryAsync("doc1", None))[^1].Id, Is.EqualTo(decisionsBefore.Max(d => d.Id) + 1), "new ids follow the copied ones");
        Assert.That(async () => await TestPostgres.ExecuteAsync(s.Postgres, "DELETE FROM decisions"), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"));
    }

    [Test]
    public async Task A_target_that_already_has_logins_is_refused_and_nothing_is_copied()
    {
        await using var s = await Stores.CreateAsync();
        await SeedAsync(s.Sqlite);
        await using var target = new PostgresDocumentStore(s.Postgres, TimeProvider.System);
        await using (var users = new PostgresUserStore(s.Postgres, TimeProvider.System))
        {
            await users.MigrateAsync(None);
            await users.AddAsync("someone", "hash", UserRole.Admin, None);
        }

        Assert.That(async () => await SqliteToPostgres.CopyAsync(s.Sqlite, target, None),
            Throws.InvalidOperationException.With.Message.Contains("already holds documents, runs, logins or decisions"));
        Assert.That((await TestPostgres.QueryAsync(s.Postgres, "SELECT COUNT(*) FROM documents"))[0][0], Is.Zero);
    }
}
