using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Core.Tagging;

/// <summary>
/// Makes rule annotations with stable ids: the same label on the same span by the same producer gets
/// the same id on every run, so analysts' decisions stay attached when a document is processed again.
/// </summary>
public static class AnnotationFactory
{
    public static Annotation Rule(string text, string label, int start, int end, AnnotationAttributes attributes, double confidence, string producer) =>
        new(IdFor(label, start, end, producer), label, start, end, text[start..end], attributes, "rule", "suggested", Math.Round(confidence, 3), producer);

    public static string IdFor(string label, int start, int end, string producer)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{label}|{start}|{end}|{producer.Split('@')[0]}"));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
