using System.Runtime;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Gives the memory of finished documents back once the heap has grown past a bound. A document's pages,
/// glyphs and model rows are garbage once it is stored (about 80 MB stays live over a whole run), but the
/// collector left to itself let the heap grow with the large arrays of every document: over the 93 samples
/// one process peaked at 456 MiB. A compacting collection after every document brought that to 329 MiB but
/// cost 5-13% of the run's time (a blocking collection also stops the other worker); only collecting when
/// the committed heap passes the bound keeps the peak down for fewer collections (docs/benchmarks.md,
/// session 13). The bound went from 128 to 96 MB in session 15: the 300-page batch's two-worker peak fell
/// from 391 to 367 MiB at the same speed. At 96 MB two runs in session 16 peaked at 392 and 353 MiB, either side
/// of the 400 MB target; at 64 MB, 362 and 361 MiB, at the same speed.
/// </summary>
public static class HeapRelease
{
    /// <summary>The committed managed heap above which a finished document triggers a compacting collection.</summary>
    public const long BoundBytes = 64L * 1024 * 1024;

    public static void AfterDocument()
    {
        if (GC.GetGCMemoryInfo().TotalCommittedBytes < BoundBytes)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
