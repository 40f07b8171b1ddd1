using Ingest.Core.Configuration;
using Ingest.Storage;
using Ingest.Storage.Postgres;
using Npgsql;

namespace Ingest.Tests.Storage.Postgres;

/// <summary>What a user writes for PostgreSQL (a URL or Npgsql's keywords) and what Npgsql is given.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PostgresConnectionStringTests
{
    private static NpgsqlConnectionStringBuilder Parse(string value) => new(PostgresConnectionString.ToNpgsql(value));

    [Test]
    public void A_full_URL_gives_host_port_database_user_and_password()
    {
        var b = Parse("postgres://ingest:s3cret@db.example.org:6543/corpus");

        Assert.That((b.Host, b.Port, b.Database, b.Username, b.Password), Is.EqualTo(("db.example.org", 6543, "corpus", "ingest", "s3cret")));
    }

    [Test]
    public void Escaped_characters_in_the_password_and_database_are_decoded()
    {
        var b = Parse("postgresql://ana%40team:p%3Ass%2Fw%40rd@10.0.0.5/ingest%20prod");

        Assert.That(b.Username, Is.EqualTo("ana@team"));
        Assert.That(b.Password, Is.EqualTo("p:ss/w@rd"));
        Assert.That(b.Database, Is.EqualTo("ingest prod"));
        Assert.That(b.Port, Is.EqualTo(5432), "the default port when none is given");
    }

    [Test]
    public void Libpq_parameters_become_Npgsql_settings()
    {
        var b = Parse("postgres://u@localhost:5432/d?sslmode=require&application_name=ingest-worker&connect_timeout=7&search_path=corpus");

        Assert.That(b.SslMode, Is.EqualTo(SslMode.Require));
        Assert.That(b.ApplicationName, Is.EqualTo("ingest-worker"));
        Assert.That(b.Timeout, Is.EqualTo(7));
        Assert.That(b.SearchPath, Is.EqualTo("corpus"));
        Assert.That(b.Password, Is.Null);
    }

    [Test]
    public void An_IPv6_host_loses_its_brackets()
    {
        Assert.That(Parse("postgres://u:p@[::1]:5433/d").Host, Is.EqualTo("::1"));
    }

    [Test]
    public void Npgsql_keywords_are_taken_as_they_are()
    {
        var b = Parse("Host=127.0.0.1;Port=5999;Username=ingest;Database=ingest_test");

        Assert.That((b.Host, b.Port, b.Database), Is.EqualTo(("127.0.0.1", 5999, "ingest_test")));
    }

    [TestCase("postgres://u:p@host:5432/", "names no database")]
    [TestCase("postgres://u:p@host:5432", "names no database")]
    [TestCase("postgres://u:p@host/d?colour=blue", "'colour=blue'")]
    [TestCase("Host=x;Bogus Keyword=1", "is not a PostgreSQL connection string")]
    [TestCase("Database=d;Username=u", "names no Host")]
    [TestCase("", "is empty")]
    public void What_cannot_be_read_says_why(string value, string reason)
    {
        var e = Assert.Throws<FormatException>(() => PostgresConnectionString.ToNpgsql(value));

        Assert.That(e!.Message, Does.Contain(reason));
    }

    [Test]
    public void A_bad_connection_string_in_pipeline_json_is_reported_with_its_JSON_path_and_no_password()
    {
        var storage = new StorageOptions("postgres", "data/ingest.db", null, "postgres://ingest:topsecret@host:5432/");

        var e = Assert.Throws<ConfigurationException>(() => StoreFactory.Validate(storage));

        Assert.That(e!.Message, Does.StartWith("$.Storage.ConnectionString: the PostgreSQL connection string names no database"));
        Assert.That(e.Message, Does.Not.Contain("topsecret"));
    }

    [Test]
    public void A_bad_URL_given_with_db_is_reported_as_the_db_option()
    {
        var storage = new StorageOptions("postgres", "data/ingest.db", null, "postgres://[broken");

        var e = Assert.Throws<ConfigurationException>(() => StoreFactory.Validate(storage, "--db"));

        Assert.That(e!.Message, Does.StartWith("--db: the PostgreSQL connection string is not a valid URL"));
    }
}
