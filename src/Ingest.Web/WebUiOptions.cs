using System.ComponentModel.DataAnnotations;

namespace Ingest.Web;

/// <summary>
/// The web UI's settings (section <c>WebUi</c> when bound from configuration). Defaults suit one
/// machine serving analysts on 127.0.0.1.
/// </summary>
public sealed class WebUiOptions
{
    public const string SectionName = "WebUi";

    /// <summary>The SQLite store the UI reads and records decisions in (the same file `ingest run` writes).</summary>
    [Required]
    public string Database { get; set; } = "data/ingest.db";

    /// <summary>Where rendered PDF page images are cached; defaults to a folder beside the database.</summary>
    public string? PageImageCache { get; set; }

    /// <summary>Failed logins in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a login lasts without use.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Send cookies only over HTTPS. Off by default because `serve` listens on plain HTTP on 127.0.0.1; turn on behind TLS.</summary>
    public bool HttpsOnlyCookies { get; set; }

    /// <summary>Largest PDF an upload may be.</summary>
    [Range(1, 2000)]
    public int MaxUploadMegabytes { get; set; } = 200;

    /// <summary>Resolution of the PDF page images (dots per inch).</summary>
    [Range(36, 300)]
    public int PageImageDpi { get; set; } = 100;

    public string ResolvePageImageCache() =>
        PageImageCache ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Database)) ?? ".", "page-images");
}
