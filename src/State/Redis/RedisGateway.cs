using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;
using StackExchange.Redis;

namespace State.Redis;

/// <summary>
/// Every Redis call of the host goes through here: one connection shared by all requests, a short timeout, a
/// circuit breaker, and a failure that is reported as "not done" instead of thrown, so a request that meets an
/// outage is answered without the shared state. The connection reconnects in the background by itself.
/// </summary>
public sealed class RedisGateway : IAsyncDisposable
{
    public const string PipelineName = "BotHost.State.Redis";

    private readonly RedisStateOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly RedisOutage _outage;
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;

    public RedisGateway(IOptions<RedisStateOptions> options, ResiliencePipelineProvider<string> pipelines, RedisOutage outage)
    {
        _options = options.Value;
        _pipeline = pipelines.GetPipeline(PipelineName);
        _outage = outage;
        _connection = new(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public RedisStateOptions Options => _options;

    public RedisOutage Outage => _outage;

    /// <summary>The key of one item of <paramref name="kind"/> (conversation, bot, …) under the configured prefix.</summary>
    public RedisKey Key(string kind, string id) => $"{_options.KeyPrefix}{kind}:{id}";

    /// <summary>Runs <paramref name="call"/>; on a timeout, a lost connection or an open circuit returns <c>(false, default)</c>.</summary>
    public async ValueTask<(bool Done, T? Value)> TryAsync<T>(string operation, Func<IDatabase, Task<T>> call, CancellationToken cancellationToken = default)
    {
        try
        {
            // Only the first calls after start wait for the connection (the host connects as it starts); later a
            // lost connection fails a call at once and reconnects in the background.
            var connection = await _connection.Value.WaitAsync(_options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
            var value = await _pipeline.ExecuteAsync(
                async token => await call(connection.GetDatabase()).WaitAsync(token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            _outage.Succeeded();
            return (true, value);
        }
        catch (Exception failure) when (IsOutage(failure) && !cancellationToken.IsCancellationRequested)
        {
            _outage.Failed(operation, failure);
            return (false, default);
        }
    }

    public async ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) =>
        (await TryAsync("ping", database => database.PingAsync(), cancellationToken).ConfigureAwait(false)).Done;

    /// <summary>Failures that mean "Redis is out of reach"; anything else is a defect and is thrown.</summary>
    public static bool IsOutage(Exception failure) => failure is RedisConnectionException or RedisTimeoutException
        or TimeoutRejectedException or BrokenCircuitException or SocketException or TimeoutException or ObjectDisposedException;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Task<ConnectionMultiplexer> ConnectAsync()
    {
        var configuration = ConfigurationOptions.Parse(_options.Configuration!);
        // Start even when Redis is down, and keep reconnecting in the background: the host runs without it meanwhile.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Milliseconds(_options.ConnectTimeout);
        configuration.AsyncTimeout = Milliseconds(_options.OperationTimeout);
        configuration.SyncTimeout = Milliseconds(_options.OperationTimeout);
        configuration.ReconnectRetryPolicy = new LinearRetry(Milliseconds(_options.ReconnectInterval));
        // While disconnected a call fails at once instead of waiting in a queue for the connection to return.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "bothost";
        return ConnectionMultiplexer.ConnectAsync(configuration);
    }

    private static int Milliseconds(TimeSpan span) => (int)Math.Max(1, span.TotalMilliseconds);
}
