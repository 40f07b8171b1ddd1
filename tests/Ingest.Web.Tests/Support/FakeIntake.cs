using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Web.Tests.Support;

/// <summary>Records what the upload handed to the intake (the real intake is the worker's).</summary>
internal sealed class FakeIntake : IDocumentIntake
{
    public List<(string FileName, byte[] Bytes, Provenance Provenance)> Submitted { get; } = [];

    public async Task<IntakeReceipt> SubmitAsync(Stream content, string fileName, Provenance provenance, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await content.CopyToAsync(memory, cancellationToken);
        Submitted.Add((fileName, memory.ToArray(), provenance));
        return new IntakeReceipt(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(memory.ToArray())), false);
    }
}
