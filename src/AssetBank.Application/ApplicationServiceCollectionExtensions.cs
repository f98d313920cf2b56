using AssetBank.Application.Accounts;
using AssetBank.Application.Assets;
using AssetBank.Application.Collections;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Reuse;
using AssetBank.Application.SavedSearches;
using AssetBank.Application.Searching;
using AssetBank.Application.Similarity;
using AssetBank.Application.Status;
using AssetBank.Application.Tagging;
using AssetBank.Application.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssetBank.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// The use cases every face calls, the ingestion pipeline they drive, the commit feed and the data folder's writer
    /// lock. Engines (store, catalog, stages, index, tagger) are registered by the composition root.
    /// </summary>
    public static IServiceCollection AddAssetBankApplication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<WriterLockOptions>()
            .Bind(configuration.GetSection(WriterLockOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ReuseOptions>()
            .Bind(configuration.GetSection(ReuseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SimilarityOptions>()
            .Bind(configuration.GetSection(SimilarityOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AccountOptions>()
            .Bind(configuration.GetSection(AccountOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataFolderWriterLock>();
        services.TryAddSingleton<SearchIndexSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogSubscriber, SearchIndexSync>(sp => sp.GetRequiredService<SearchIndexSync>()));
        services.TryAddSingleton<CatalogCommitFeed>();
        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<AssetUploader>();

        services.TryAddSingleton<IngestAssets>();
        services.TryAddSingleton<UploadAssets>();
        services.TryAddSingleton<SearchAssets>();
        services.TryAddSingleton<ReindexAssets>();
        services.TryAddSingleton<KeepIndexCurrent>();
        services.TryAddSingleton<AnalyzeText>();
        services.TryAddSingleton<EditTags>();
        services.TryAddSingleton<RetagAssets>();
        services.TryAddSingleton<AssetQueries>();
        services.TryAddSingleton<ImportTextItems>();
        services.TryAddSingleton<TagItems>();
        services.TryAddSingleton<TaxonomyQueries>();
        services.TryAddSingleton<BankStatus>();
        services.TryAddSingleton<RateCardFile>();
        services.TryAddSingleton<ReuseLedgerWrites>();
        services.TryAddSingleton<KickoffProject>();
        services.TryAddSingleton<ConfirmReuse>();
        services.TryAddSingleton<WithdrawReuse>();
        services.TryAddSingleton<OverrideGate>();
        services.TryAddSingleton<ReuseReports>();
        services.TryAddSingleton<MatchFolders>();
        services.TryAddSingleton<SignIn>();
        services.TryAddSingleton<ManageUsers>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AssetMedia>();
        services.TryAddSingleton<ProjectQueries>();
        services.TryAddSingleton<ReceiveUpload>();
        services.TryAddSingleton<ReferenceIndex>();
        services.TryAddSingleton<ImportReferences>();
        services.TryAddSingleton<ReviewAlarms>();
        services.TryAddSingleton<CopyrightCheck>();
        services.TryAddSingleton<RecheckCopyright>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogSubscriber, CopyrightCheck>(sp => sp.GetRequiredService<CopyrightCheck>()));
        services.TryAddSingleton<EditCollections>();
        services.TryAddSingleton<CollectionQueries>();
        services.TryAddSingleton<ExportCollections>();
        services.TryAddSingleton<ManageSavedSearches>();
        services.TryAddSingleton<Rights.RightsTargets>();
        services.TryAddSingleton<Rights.SetRights>();
        services.TryAddSingleton<Rights.ImportRights>();
        services.TryAddSingleton<Rights.ExportRights>();
        services.TryAddSingleton<Rights.RightsQueries>();
        services.TryAddSingleton<Rights.RightsReports>();
        services.TryAddSingleton<Rights.CandidateRights>();
        services.TryAddSingleton<CatalogMigration.MigrateCatalog>();
        services.AddOptions<Jobs.JobOptions>().Bind(configuration.GetSection(Jobs.JobOptions.SectionName))
            .Validate(o => o.ImageBatch >= 1, "Jobs:ImageBatch must be at least 1 (1 claims every image on its own).");
        services.TryAddSingleton<Jobs.JobWorker>();
        services.TryAddSingleton<Jobs.EnqueueIngestion>();
        services.TryAddSingleton<Assets.EditAssetMetadata>();
        services.TryAddSingleton<Jobs.QueuedIngestion>();
        services.TryAddSingleton<Jobs.ReadQueueStatus>();
        services.TryAddSingleton<CopyReferenceIndex>();
        services.TryAddSingleton<CopyAlarmMatcher>();
        services.TryAddSingleton<ImportCopyReferences>();
        services.TryAddSingleton<Similarity.Video.VideoReferenceIndex>();
        services.TryAddSingleton<Similarity.Video.VideoAlarmMatcher>();
        services.TryAddSingleton<Similarity.Video.ImportVideoReferences>();
        services.TryAddSingleton<Similarity.Audio.AudioReferenceIndex>();
        services.TryAddSingleton<Similarity.Audio.AudioAlarmMatcher>();
        services.TryAddSingleton<Similarity.Audio.ImportAudioReferences>();
        return services;
    }
}
