using Ingest.Core.Configuration;
using Ingest.Core.Review;
using Ingest.Core.Search;
using Ingest.Storage;
using Ingest.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Web;

/// <summary>
/// Puts the UI's logins, decisions and review reader on the store the pipeline uses (SQLite or
/// PostgreSQL, where the nodes also share the keys that protect login cookies). Call before <see cref="WebUiRegistration.AddIngestWebUi(IServiceCollection, Action{WebUiOptions})"/>,
/// whose own defaults (SQLite at <see cref="WebUiOptions.Database"/>) are then not used.
/// </summary>
public static class WebUiStores
{
    public static IServiceCollection AddIngestWebUiStores(this IServiceCollection services, StorageOptions storage)
    {
        services.TryAddSingleton(sp => ReviewStoreFactory.Users(storage, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => ReviewStoreFactory.Decisions(storage, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => ReviewStoreFactory.Reader(storage, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(_ => SentenceSearchFactory.Open(storage).Search);
        if (storage.Provider == "postgres")
        {
            Security.SharedKeyRing.Add(services, PostgresConnectionString.ToNpgsql(storage.ConnectionString!));
        }

        return services;
    }
}
