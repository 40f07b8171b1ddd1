using PdfSharp.Fonts;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// PDFsharp on Linux has no system font lookup, so it needs a resolver. This one serves two
/// families (serif and sans, regular and bold) from Liberation, or DejaVu where Liberation is absent.
/// </summary>
public sealed class SampleFontResolver : IFontResolver
{
    public const string Serif = "Sample Serif";
    public const string Sans = "Sample Sans";

    private static readonly string[] Folders =
        ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu"];

    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal)
    {
        ["serif-regular"] = ["LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"],
        ["serif-bold"] = ["LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
        ["sans-regular"] = ["LiberationSans-Regular.ttf", "DejaVuSans.ttf"],
        ["sans-bold"] = ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
    };

    private static readonly Lock InstallLock = new();
    private static bool _installed;

    /// <summary>PDFsharp accepts one global resolver, set before the first font is made.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new SampleFontResolver();
                _installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var kind = familyName switch
        {
            Serif => "serif",
            Sans => "sans",
            _ => null,
        };
        return kind is null ? null : new FontResolverInfo($"{kind}-{(bold ? "bold" : "regular")}");
    }

    public byte[]? GetFont(string faceName)
    {
        if (!Files.TryGetValue(faceName, out var candidates))
        {
            return null;
        }

        // Liberation first (what the other producers use), then DejaVu.
        foreach (var file in candidates)
        {
            foreach (var folder in Folders)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path))
                {
                    return File.ReadAllBytes(path);
                }
            }
        }

        throw new FileNotFoundException($"no font file for {faceName}: install fonts-liberation or fonts-dejavu-core");
    }
}
