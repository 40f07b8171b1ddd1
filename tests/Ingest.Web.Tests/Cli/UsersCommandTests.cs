using Ingest.Cli;
using Ingest.Core.Review;
using Ingest.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;

namespace Ingest.Web.Tests.Cli;

/// <summary>`ingest users add`: the password from standard input, stored only as a hash; bad input changes nothing.</summary>
[TestFixture]
[NonParallelizable] // standard input is process-wide
public sealed class UsersCommandTests
{
    private string _root = null!;
    private string Db => Path.Combine(_root, "ingest.db");

    [SetUp]
    public void Folder() => _root = Directory.CreateTempSubdirectory("ingest-users-cli-").FullName;

    [TearDown]
    public void Clean()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var previous = Console.In;
        Console.SetIn(new StringReader(stdin));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(previous);
        }
    }

    [Test]
    public async Task A_user_is_added_with_a_hash_that_verifies_and_never_the_password()
    {
        var (code, output, _) = await Run("a long enough secret\n", "users", "add", "ann", "--role", "lead", "--db", Db);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("added lead 'ann'"));
        using var users = new SqliteUserStore(Db, TimeProvider.System);
        var ann = await users.FindAsync("ann", CancellationToken.None);
        Assert.That(ann!.Role, Is.EqualTo(UserRole.Lead));
        Assert.That(ann.PasswordHash, Does.Not.Contain("secret"));
        Assert.That(new PasswordHasher<string>().VerifyHashedPassword("ann", ann.PasswordHash, "a long enough secret"), Is.Not.EqualTo(PasswordVerificationResult.Failed));
    }

    [TestCase("short\n", "--role", "analyst", "at least 10 characters")]
    [TestCase("a long enough secret\n", "--role", "boss", "--role must be analyst, lead or admin")]
    public async Task Bad_input_exits_2_with_the_reason_and_adds_nobody(string stdin, string flag, string role, string reason)
    {
        var (code, _, error) = await Run(stdin, "users", "add", "bob", flag, role, "--db", Db);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(reason));
        using var users = new SqliteUserStore(Db, TimeProvider.System);
        await users.MigrateAsync(CancellationToken.None);
        Assert.That(await users.FindAsync("bob", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_taken_name_is_refused()
    {
        await Run("a long enough secret\n", "users", "add", "ann", "--role", "analyst", "--db", Db);

        var (code, _, error) = await Run("another secret here\n", "users", "add", "ann", "--role", "admin", "--db", Db);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("already exists"));
    }
}
