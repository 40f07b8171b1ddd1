using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Export;

/// <summary>
/// What an export keeps: annotation status (suggested, confirmed, all), review types, and documents by
/// board, police force and publication date. Board and force match any part of the name, ignoring case
/// ("--force wexham" keeps "Wexham Constabulary"); with a date bound, a review whose publication date
/// is not known is left out, since nobody can say it falls inside.
/// </summary>
public sealed record ExportFilter(string Status, IReadOnlyList<string> ReviewTypes)
{
    public static ExportFilter All { get; } = new("all", []);

    public IReadOnlyList<string> Boards { get; init; } = [];

    public IReadOnlyList<string> Forces { get; init; } = [];

    /// <summary>Earliest publication day kept (inclusive).</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Latest publication day kept (inclusive).</summary>
    public DateOnly? PublishedTo { get; init; }

    public bool Keeps(StoredDocument document) =>
        KeepsType(document.Metadata) && KeepsBoard(document.Metadata) && KeepsForce(document.Metadata) && KeepsDate(document.Metadata);

    /// <summary>"confirmed" keeps what an analyst accepted or edited; "suggested" what nobody has decided yet.</summary>
    public bool Keeps(Annotation annotation) => Status switch
    {
        "confirmed" => annotation.Status is "accepted" or "edited",
        "suggested" => annotation.Status == "suggested",
        _ => annotation.Status != "rejected" || Status == "all",
    };

    private bool KeepsType(ReviewMetadata? m) =>
        ReviewTypes.Count == 0 || (m?.ReviewTypes.Any(t => ReviewTypes.Contains(t.Value, StringComparer.OrdinalIgnoreCase)) ?? false);

    private bool KeepsBoard(ReviewMetadata? m) =>
        Boards.Count == 0 || (m?.Board is { } board && Boards.Any(b => board.Value.Contains(b, StringComparison.OrdinalIgnoreCase)));

    private bool KeepsForce(ReviewMetadata? m) =>
        Forces.Count == 0 || (m?.PoliceForces.Any(f => Forces.Any(x => f.Value.Contains(x, StringComparison.OrdinalIgnoreCase))) ?? false);

    private bool KeepsDate(ReviewMetadata? m)
    {
        if (PublishedFrom is null && PublishedTo is null)
        {
            return true;
        }

        if (m?.Published is not { } published)
        {
            return false;
        }

        // A month or season counts from its first day: "2023-06" is inside "--from 2023-06-01".
        var day = published.Value.First;
        return (PublishedFrom is not { } from || day >= from) && (PublishedTo is not { } to || day <= to);
    }

    /// <summary>
    /// Reads a date bound as users write it: a day (2023-06-15), a month (2023-06) or a year (2023). A
    /// lower bound takes the period's first day, an upper bound its last. Null when it is none of those.
    /// </summary>
    public static DateOnly? ParseBound(string value, bool upper)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (DateOnly.TryParseExact(value, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return !upper ? first : i switch
                {
                    0 => first,
                    1 => first.AddMonths(1).AddDays(-1),
                    _ => first.AddYears(1).AddDays(-1),
                };
            }
        }

        return null;
    }
}
