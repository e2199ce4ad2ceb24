using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parallax.Server.Api;
using Parallax.Server.Dossiers;
using Parallax.Server.Ingestion;
using Parallax.Server.Security;
using Parallax.Server.Web;
using Parallax.Storage;

namespace Parallax.Server;

/// <summary>
/// Builds the Parallax server: the store (migrated on start), the HTTP API, the web UI and the background dossier
/// worker, with API keys, rate limits, a body size limit, request timeouts, and RFC 9457 problem details for every error
/// (never a stack trace).
/// </summary>
public static class ParallaxServer
{
    /// <summary>Opens the store and builds the application (not started).</summary>
    /// <param name="options">How to run.</param>
    /// <param name="configure">Changes to the host before it is built (tests use a test server and quieter logs).</param>
    /// <param name="cancellationToken">Cancels opening the store.</param>
    public static async Task<WebApplication> CreateAsync(
        ServerOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await ParallaxStore.OpenAsync(options.Store, cancellationToken: cancellationToken);
        var assigner = options.StoryAssigner();
        try
        {
            foreach (var article in await store.ListArticleTermsAsync(cancellationToken))
            {
                assigner.Learn(article.Terms, article.StoryId);
            }
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(ParallaxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(30);
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(_ => store);
        services.AddSingleton(assigner);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DossierQueue>();
        services.AddSingleton(provider => new DossierCache(provider.GetRequiredService<ParallaxStore>()));
        services.AddSingleton<ArticleIngestion>();
        services.AddHostedService<DossierWorker>();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => Problems.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Request timed out",
                $"The request took longer than {options.RequestTimeout.TotalSeconds:0} s."),
        });
        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limits.OnRejected = async (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "This key (or address) is over its rate limit; retry later.");
            };
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parallax";
            document.Info.Version = "1";
            document.Info.Description =
                "Add news articles, see them grouped into stories, and read each story's dossier (parallax.dossier/1). " +
                "Writes need Authorization: Bearer KEY (parallax keys create); reads too unless the server runs with --public-read. " +
                "Errors are RFC 9457 problem details (application/problem+json).";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRequestTimeouts();
        ApiEndpoints.Map(app);
        WebUi.Map(app);
        app.MapOpenApi("/openapi.json");
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, ServerOptions options)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var who = ApiKeyMiddleware.ClaimedKeyId(context.Request) is { } key
            ? "key:" + key
            : "address:" + context.Connection.RemoteIpAddress;
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var (burst, perSecond) = read ? (options.ReadBurst, options.ReadsPerSecond) : (options.WriteBurst, options.WritesPerSecond);
        return RateLimitPartition.GetTokenBucketLimiter((read ? "read/" : "write/") + who, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = Math.Max(1, perSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            return Problems.WriteAsync(context, bad.StatusCode, "Bad request", bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request could not be read.");
        }

        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return Problems.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Request timed out", "The request took too long.");
        }

        return Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal error",
            "The server could not complete the request; it has been logged.");
    }
}
