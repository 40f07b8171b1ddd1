using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Web.Html;
using Ingest.Web.Security;
using Microsoft.Extensions.Options;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>Upload of a PDF: handed to the same intake as the worker's sources, so it is archived and goes through the same pipeline.</summary>
internal static class UploadPage
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/upload", (HttpContext http) => Result(Form(http, null)));
        group.MapPost("/upload", Upload).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> Upload(HttpContext http, IOptions<WebUiOptions> options, TimeProvider clock)
    {
        var intake = http.RequestServices.GetService<IDocumentIntake>();
        if (intake is null)
        {
            return Result(Form(http, "Upload is not available: this server has no intake (run it with `ingest serve`)."), 503);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var file = form.Files["file"];
        var limit = options.Value.MaxUploadMegabytes * 1024L * 1024L;
        if (file is null || file.Length == 0)
        {
            return Result(Form(http, "Choose a PDF file to upload."), 400);
        }

        if (file.Length > limit)
        {
            return Result(Form(http, $"That file is larger than the {options.Value.MaxUploadMegabytes} MB limit."), 413);
        }

        await using var stream = file.OpenReadStream();
        var head = new byte[5];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, http.RequestAborted);
        if (read < 5 || !head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return Result(Form(http, $"'{file.FileName}' is not a PDF (it does not start with %PDF-). Nothing was stored."), 400);
        }

        stream.Position = 0;
        var name = Path.GetFileName(file.FileName);
        var user = Policies.NameOf(http.User);
        var receipt = await intake.SubmitAsync(stream, name, new Provenance("upload", $"upload:{user}/{name}", name, clock.GetUtcNow(), $"uploaded by {user}"), http.RequestAborted);
        var message = receipt.AlreadyKnown
            ? $"'{name}' was already in the store; this upload is recorded as another copy of it."
            : $"'{name}' is stored and queued for the pipeline. It appears in the review queue when it has been read.";
        return Result(Form(http, message, receipt.DocumentId));
    }

    private static string Form(HttpContext http, string? message, string? documentId = null) =>
        Page(http, "Upload", $"""
            <h1>Upload a review</h1>
            {(message is null ? string.Empty : $"<p class=\"message\" role=\"status\">{E(message)}{(documentId is null ? string.Empty : $" <a href=\"/review/{E(documentId)}\">Open it</a>")}</p>")}
            <form method="post" action="/upload" enctype="multipart/form-data">{Forms.Hidden(http)}
            <label>PDF file <input type="file" name="file" accept="application/pdf,.pdf" required></label>
            <button type="submit">Upload</button></form>
            <p class="hint">The file goes through the same pipeline as the reviews the worker collects: archived, read, tagged and rated.</p>
            """);
}
