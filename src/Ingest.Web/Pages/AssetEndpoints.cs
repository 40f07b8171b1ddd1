using System.Collections.Frozen;
using System.Reflection;

namespace Ingest.Web.Pages;

/// <summary>The stylesheet and script, served from the assembly (no CDN, works offline); open to all so the login page is styled.</summary>
internal static class AssetEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> Assets = Load();

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Bytes, asset.Type);
        }).AllowAnonymous();

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var map = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource["assets.".Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            map[name] = (memory.ToArray(), type);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
