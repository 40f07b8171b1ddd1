using System.Collections.Concurrent;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Text;

namespace Ingest.Web.Review;

/// <summary>
/// Where a span of text lies on its PDF page, for the evidence box. The offset map is read once per
/// document and kept for the few documents being reviewed right now, so moving from suggestion to
/// suggestion costs a lookup, not a read.
/// </summary>
internal sealed class EvidenceBoxes(IReviewReader reader)
{
    private const int DocumentsKept = 8;
    private readonly ConcurrentDictionary<string, (OffsetMap Map, long Used)> _maps = new(StringComparer.Ordinal);
    private long _clock;

    public async Task<(int Page, IReadOnlyList<PageBox> Boxes)?> FindAsync(string documentId, int start, int end, CancellationToken ct)
    {
        var map = await MapAsync(documentId, ct);
        if (map is null || start < 0 || end <= start)
        {
            return null;
        }

        var boxes = map.BoxesFor(start, end);
        if (boxes.Count == 0)
        {
            return null;
        }

        var page = boxes[0].Page;
        return (page, boxes.Where(b => b.Page == page).Select(b => b.Box).ToList());
    }

    private async Task<OffsetMap?> MapAsync(string documentId, CancellationToken ct)
    {
        var now = Interlocked.Increment(ref _clock);
        if (_maps.TryGetValue(documentId, out var hit))
        {
            _maps[documentId] = (hit.Map, now);
            return hit.Map;
        }

        var map = await reader.OffsetMapAsync(documentId, ct);
        if (map is null || map.Count == 0)
        {
            return null;
        }

        _maps[documentId] = (map, now);
        if (_maps.Count > DocumentsKept)
        {
            var oldest = _maps.MinBy(kv => kv.Value.Used).Key;
            _maps.TryRemove(oldest, out _);
        }

        return map;
    }
}
