using Ingest.Tests.Support;

namespace Ingest.Tests;

/// <summary>Removes the shared sample store once every test in the assembly has run.</summary>
[SetUpFixture]
public sealed class SampleStoreCleanUp
{
    [OneTimeTearDown]
    public async Task DeleteSampleStore() => await SampleStore.DeleteAsync();
}
