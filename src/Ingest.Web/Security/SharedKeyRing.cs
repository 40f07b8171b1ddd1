using System.Xml.Linq;
using Ingest.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Ingest.Web.Security;

/// <summary>
/// On PostgreSQL several serve nodes answer the same analysts: they must share the keys that protect
/// login cookies and antiforgery tokens, or a login made on one node is refused by the next. The keys
/// live in the database (<see cref="PostgresKeyRing"/>) under one application name.
/// </summary>
internal static class SharedKeyRing
{
    public const string ApplicationName = "ingest-web-ui";

    public static void Add(IServiceCollection services, string npgsqlConnectionString)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton(sp => new PostgresKeyRing(npgsqlConnectionString, sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) => o.XmlRepository = new Repository(sp.GetRequiredService<PostgresKeyRing>()));
    }

    private sealed class Repository(PostgresKeyRing ring) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => [.. ring.ReadAll().Select(x => XElement.Parse(x))];

        public void StoreElement(XElement element, string friendlyName) => ring.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
