using Ingest.Core.Review;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Storage.Sqlite;
using Ingest.Web.Html;
using Ingest.Web.Pages;
using Ingest.Web.Review;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest.Web;

/// <summary>
/// The two entry points the serve host calls: <see cref="AddIngestWebUi(IServiceCollection, IConfiguration)"/>
/// and <see cref="MapIngestWebUi"/>. The UI sets an authorisation fallback policy (a login is needed
/// everywhere), so the host must mark its own public endpoints, such as /health, with AllowAnonymous().
/// </summary>
public static class WebUiRegistration
{
    /// <summary>Registers the UI with options bound from the <c>WebUi</c> section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddIngestWebUi(this IServiceCollection services, IConfiguration configuration) =>
        services.AddIngestWebUi(o => configuration.GetSection(WebUiOptions.SectionName).Bind(o));

    public static IServiceCollection AddIngestWebUi(this IServiceCollection services, Action<WebUiOptions> configure)
    {
        services.AddOptions<WebUiOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentStore>(sp => new SqliteDocumentStore(Options(sp).Database, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IUserStore>(sp => new SqliteUserStore(Options(sp).Database, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IUserStore>() as IUserAdminStore
            ?? throw new InvalidOperationException("the user store cannot be administered on the web"));
        services.TryAddSingleton(sp => sp.GetRequiredService<IUserStore>() as IOwnPasswordStore
            ?? throw new InvalidOperationException("the user store cannot change a user's own password"));
        services.TryAddSingleton<IDecisionStore>(sp => new SqliteDecisionStore(Options(sp).Database, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.TryAddSingleton<IReviewReader>(sp => new SqliteReviewReader(Options(sp).Database));
        services.TryAddSingleton<ISentenceSearch>(sp => new SqliteSentenceSearch(Options(sp).Database));
        services.AddSingleton<LoginService>();
        services.AddSingleton<EvidenceBoxes>();
        services.AddSingleton<PageImages>();
        services.AddHostedService<WebUiStartup>();

        services.AddAuthentication(LoginService.Scheme).AddCookie(LoginService.Scheme, o => { });
        services.AddOptions<CookieAuthenticationOptions>(LoginService.Scheme).Configure<IOptions<WebUiOptions>>((o, ui) => ConfigureCookie(o, ui.Value));
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.FormFieldName = Forms.FieldName;
            o.HeaderName = Forms.HeaderName;
            o.Cookie.Name = "ingest.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response.
        });
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IOptions<WebUiOptions>>((o, ui) =>
            o.Cookie.SecurePolicy = ui.Value.HttpsOnlyCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }

    private static WebUiOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<WebUiOptions>>().Value;

    private static void ConfigureCookie(CookieAuthenticationOptions o, WebUiOptions ui)
    {
        o.Cookie.Name = "ingest.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = ui.HttpsOnlyCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = ui.SessionIdleTimeout;
        o.SlidingExpiration = true;
        o.LoginPath = "/login";
        o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        o.Events.OnRedirectToLogin = c =>
        {
            // Pages get sent to the login form; scripts and form posts get a plain 401.
            if (HttpMethods.IsGet(c.Request.Method) && !c.Request.Headers.ContainsKey(Forms.HeaderName))
            {
                c.Response.Redirect(c.RedirectUri);
            }
            else
            {
                c.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = c =>
        {
            c.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>Adds the UI's middleware (security headers, authentication, authorisation) and maps its endpoints.</summary>
    public static WebApplication MapIngestWebUi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePages(ForbiddenPage);
        app.UseAuthentication();
        app.UseAuthorization();

        AssetEndpoints.Map(app);
        LoginPages.Map(app);
        var analyst = app.MapGroup(string.Empty).RequireAuthorization(Policies.Analyst);
        var lead = app.MapGroup(string.Empty).RequireAuthorization(Policies.Lead);
        var admin = app.MapGroup(string.Empty).RequireAuthorization(Policies.Admin);
        QueuePage.Map(analyst);
        ReviewPage.Map(analyst);
        DecisionEndpoints.Map(analyst);
        DashboardPage.Map(analyst);
        ReportPage.Map(analyst);
        AnnotationsPage.Map(analyst);
        UploadPage.Map(analyst);
        SearchPage.Map(analyst);
        AccountPage.Map(analyst);
        AgreementPage.Map(lead);
        AuditPage.Map(lead);
        UsersPage.Map(admin);
        UserAdminEndpoints.Map(admin);
        return app;
    }

    private static Task ForbiddenPage(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status403Forbidden && http.Response.ContentLength is null && !http.Response.HasStarted)
        {
            var html = Html.Html.Page(http, "Not allowed", "<h1>Not allowed</h1><p class=\"problem\">Your role does not allow this page or action. Ask a lead if you need it.</p>");
            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync(html);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Brings the store's tables up to date before the UI serves its first request.</summary>
internal sealed class WebUiStartup(IDocumentStore documents, IUserStore users, IDecisionStore decisions) : Microsoft.Extensions.Hosting.IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await documents.MigrateAsync(cancellationToken);
        await users.MigrateAsync(cancellationToken);
        await decisions.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
