using Microsoft.AspNetCore.Antiforgery;

namespace Ingest.Web.Html;

/// <summary>Antiforgery tokens for forms and for the review page's script (which sends the token in a header).</summary>
internal static class Forms
{
    public const string FieldName = "__RequestVerificationToken";
    public const string HeaderName = "X-CSRF-TOKEN";

    public static string? Token(HttpContext http)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        return antiforgery.GetAndStoreTokens(http).RequestToken;
    }

    public static string Hidden(HttpContext http) =>
        $"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Html.E(Token(http))}\">";

    /// <summary>An endpoint filter that refuses a POST without a valid token (400) before the handler runs.</summary>
    public static async ValueTask<object?> Validate(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Html.Problem(http, StatusCodes.Status400BadRequest, "Form expired", "The form was missing its security token or it had expired. Go back, reload the page and try again.");
        }

        return await next(context);
    }
}
