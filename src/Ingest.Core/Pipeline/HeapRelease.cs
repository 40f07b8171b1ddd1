using System.Runtime;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Gives the memory of a finished document back before the next one starts. A document's pages, glyphs and
/// model rows are garbage once it is stored (about 80 MB stays live over a whole run), but the collector
/// left to itself let the heap grow with the large arrays of every document: over the 93 samples one
/// process peaked at 456 MiB, and 329 MiB with a compacting collection after each document, for about 2%
/// more time (docs/benchmarks.md, session 13). A collection costs tens of milliseconds; a document takes
/// a second or more.
/// </summary>
public static class HeapRelease
{
    public static void AfterDocument()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
