using Ingest.Core.Documents;

namespace Ingest.Core.Export;

/// <summary>The order every export writes annotations in (CONTRACT §3): start, then end, then label.</summary>
public static class AnnotationOrder
{
    public static IEnumerable<Annotation> Sorted(IEnumerable<Annotation> annotations) =>
        annotations.OrderBy(a => a.Start).ThenBy(a => a.End).ThenBy(a => a.Label, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal);
}
